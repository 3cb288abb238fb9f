package dk.samspil.proposal;

/** The department's answer to a forwarded proposal. */
public enum MunicipalAnswer {
  /** Yes: what will happen, and when. */
  JA,
  DELVIS,
  /** No, and why. */
  NEJ,
  /** It becomes part of an involvement process, which then invites the council. */
  INDDRAGELSE;

  public String messageKey() {
    return "proposal.answer." + name();
  }

  /** Whether something will be done that can later be marked as done. */
  public boolean promisesAction() {
    return this == JA || this == DELVIS;
  }
}
