package dk.samspil.proposal;

/** What citizens who carry out an initiative need the municipality for. */
public enum InitiativeNeed {
  TILLADELSE,
  STED,
  RAADGIVNING,
  PENGE,
  ANDET;

  public String messageKey() {
    return "proposal.need." + name();
  }
}
