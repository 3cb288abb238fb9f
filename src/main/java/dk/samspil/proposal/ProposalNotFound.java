package dk.samspil.proposal;

import dk.samspil.shared.NotFoundException;

/** No proposal with that id, or not one the asker may see (unconfirmed, or hidden). */
public class ProposalNotFound extends NotFoundException {

  private ProposalNotFound(Object id) {
    super("error.proposal-not-found", id);
  }

  public static ProposalNotFound forId(Long id) {
    return new ProposalNotFound(id);
  }
}
