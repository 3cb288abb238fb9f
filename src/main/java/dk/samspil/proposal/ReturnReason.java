package dk.samspil.proposal;

/**
 * Why a council returns a proposal to its proposer. A proposal that belongs to another area is not
 * returned but moved to that area's council.
 */
public enum ReturnReason {
  IKKE_KOMMUNAL,
  ALLEREDE_PLANLAGT,
  ANDET;

  public String messageKey() {
    return "proposal.return-reason." + name();
  }
}
