package dk.samspil.proposal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups of single proposals that every use case shares. */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

  private final Proposals proposals;

  ProposalQueries(Proposals proposals) {
    this.proposals = proposals;
  }

  /**
   * The proposal, whatever its state.
   *
   * @throws ProposalNotFound if there is none
   */
  public Proposal proposal(Long id) {
    return proposals.findById(id).orElseThrow(() -> ProposalNotFound.forId(id));
  }

  /**
   * The proposal if the public may see it: confirmed and not hidden.
   *
   * @throws ProposalNotFound if there is none, or it is not public
   */
  public Proposal publicProposal(Long id) {
    return Optional.of(proposal(id))
        .filter(Proposal::isPublic)
        .orElseThrow(() -> ProposalNotFound.forId(id));
  }
}
