package dk.samspil.proposal;

import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.shared.SamspilPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the council decides about a proposal, by whoever answers for it (or the contact person of an
 * area without a council): forward it to the municipality with its assessment, return it to the
 * proposer with a reason, move it to the council of the area it belongs to, or take it up as the
 * council's own project. A decision on a proposal that moved on meanwhile is refused by the
 * proposal ({@link IllegalProposalStep}), as is one saved at the same moment as another (its
 * version).
 */
@Service
@Transactional
public class CouncilDecisions {

  private final ProposalQueries queries;
  private final Proposals proposals;
  private final ProposalAccess access;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final Clock clock;
  private final int deadlineWeeks;

  CouncilDecisions(
      ProposalQueries queries,
      Proposals proposals,
      ProposalAccess access,
      CouncilManagement councils,
      AreaManagement areas,
      Clock clock,
      @Value("${samspil.proposal.council-deadline-weeks:6}") int deadlineWeeks) {
    this.queries = queries;
    this.proposals = proposals;
    this.access = access;
    this.councils = councils;
    this.areas = areas;
    this.clock = clock;
    this.deadlineWeeks = deadlineWeeks;
  }

  public Proposal forward(
      Long proposalId, Assessment assessment, String text, Authentication authentication) {
    Proposal proposal = decided(proposalId, authentication);
    proposal.forward(
        assessment, text, SamspilPrincipal.accountIdOf(authentication), clock.instant());
    return proposals.saveAndFlush(proposal);
  }

  public Proposal returnToProposer(
      Long proposalId, ReturnReason reason, String text, Authentication authentication) {
    Proposal proposal = decided(proposalId, authentication);
    proposal.returnToProposer(
        reason, text, SamspilPrincipal.accountIdOf(authentication), clock.instant());
    return proposals.saveAndFlush(proposal);
  }

  /**
   * Moves the proposal to the area it belongs to: to that area's council if it represents the area,
   * else to the area's contact person; the new council has the configured weeks to answer.
   */
  public Proposal moveTo(
      Long proposalId, Long areaId, String reason, Authentication authentication) {
    Proposal proposal = decided(proposalId, authentication);
    if (areaId == null || areas.areasById(List.of(areaId)).get(areaId) == null) {
      throw IllegalProposalStep.because("proposal.council.move.area");
    }
    Long councilId =
        councils
            .councilOf(areaId)
            .filter(council -> council.getStatus().isRepresenting())
            .map(Council::getId)
            .orElse(null);
    LocalDate deadline = LocalDate.now(clock).plusWeeks(deadlineWeeks);
    proposal.moveTo(
        areaId,
        councilId,
        reason,
        SamspilPrincipal.accountIdOf(authentication),
        clock.instant(),
        deadline);
    return proposals.saveAndFlush(proposal);
  }

  public Proposal takeUp(Long proposalId, String text, Authentication authentication) {
    Proposal proposal = decided(proposalId, authentication);
    proposal.takeUp(text, SamspilPrincipal.accountIdOf(authentication), clock.instant());
    return proposals.saveAndFlush(proposal);
  }

  private Proposal decided(Long proposalId, Authentication authentication) {
    Proposal proposal = queries.proposal(proposalId);
    requireDecider(access, authentication, proposal);
    return proposal;
  }

  /**
   * Refuses whoever does not decide for the council. A reader of the internals of a proposal that
   * is no longer with the council passes, so that the proposal itself refuses the step with its
   * message (a form shown before it moved on).
   */
  static void requireDecider(
      ProposalAccess access, Authentication authentication, Proposal proposal) {
    if (!access.readsInternals(authentication, proposal)) {
      throw new AccessDeniedException("does not read the proposal's internals");
    }
    if (proposal.getState() == ProposalState.HOS_LOKALRAADET
        && !access.decidesForCouncil(authentication, proposal)) {
      throw new AccessDeniedException("does not decide for the council");
    }
  }
}
