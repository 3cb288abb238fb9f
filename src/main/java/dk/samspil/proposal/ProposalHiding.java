package dk.samspil.proposal;

import dk.samspil.shared.AuditEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hiding a proposal from the public (abuse, personal data, …): staff and the council's answerers
 * may (see {@link ProposalAccess#hides}); the reason is kept on the proposal, in its internal trail
 * and in the audit log. A hidden proposal is gone from the list, the open data and its page.
 */
@Service
@Transactional
public class ProposalHiding {

  private final Proposals proposals;
  private final ProposalQueries queries;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProposalHiding(
      Proposals proposals, ProposalQueries queries, ApplicationEventPublisher events, Clock clock) {
    this.proposals = proposals;
    this.queries = queries;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Hides the proposal, for the reason given.
   *
   * @throws IllegalProposalStep when the reason is blank, or it is hidden already
   */
  public Proposal hide(Long proposalId, String reason, Long by) {
    Proposal proposal = queries.proposal(proposalId);
    proposal.hide(reason, by, clock.instant());
    proposals.save(proposal);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("hidden", true);
    after.put("reason", proposal.getHiddenReason());
    events.publishEvent(
        AuditEvent.of(
            "hidden", "proposal", proposalId, proposal.getTitle(), Map.of("hidden", false), after));
    return proposal;
  }
}
