package dk.samspil.proposal.web.council;

import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalNotFound;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalState;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The handling page's permissions by proposal id, for {@code @PreAuthorize}: {@link ProposalAccess}
 * decides. A proposal that does not exist is read by no one (so its id tells nothing).
 */
@Component("proposalCouncilAccess")
class ProposalCouncilAccess {

  private final ProposalQueries queries;
  private final ProposalAccess access;

  ProposalCouncilAccess(ProposalQueries queries, ProposalAccess access) {
    this.queries = queries;
    this.access = access;
  }

  /** Reads the proposal's internal side: the handling page and its comments. */
  public boolean readsInternals(Authentication authentication, Long id) {
    return proposal(id).map(p -> access.readsInternals(authentication, p)).orElse(false);
  }

  /**
   * Decides for the council, or read its internals while it was with the council: a decision sent
   * from a page shown before the proposal moved on is answered with the page and why not, not 403.
   */
  public boolean decides(Authentication authentication, Long id) {
    return proposal(id)
        .map(
            p ->
                access.readsInternals(authentication, p)
                    && (p.getState() != ProposalState.HOS_LOKALRAADET
                        || access.decidesForCouncil(authentication, p)))
        .orElse(false);
  }

  private Optional<Proposal> proposal(Long id) {
    try {
      return id == null ? Optional.empty() : Optional.of(queries.proposal(id));
    } catch (ProposalNotFound e) {
      return Optional.empty();
    }
  }
}
