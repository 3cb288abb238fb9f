package dk.samspil.proposal;

/** The council's assessment of a proposal it forwards to the municipality. */
public enum Assessment {
  STOETTER,
  STOETTER_MED_AENDRINGER,
  INGEN_HOLDNING;

  public String messageKey() {
    return "proposal.assessment." + name();
  }
}
