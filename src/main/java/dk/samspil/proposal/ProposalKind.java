package dk.samspil.proposal;

/** A proposal is an idea the municipality should carry out; an initiative one the citizens will. */
public enum ProposalKind {
  FORSLAG,
  INITIATIV;

  public String messageKey() {
    return "proposal.kind." + name();
  }
}
