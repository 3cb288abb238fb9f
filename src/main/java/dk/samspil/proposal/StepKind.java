package dk.samspil.proposal;

/** One kind of step in a proposal's trail. */
public enum StepKind {
  /** Confirmed by the proposer and received by the council (or the contact person). */
  MODTAGET(true),
  /** The council asked the proposer a question (internal: the question is between them). */
  SPOERGSMAAL(false),
  /** The proposer answered the council's question. */
  SVAR_FRA_FORSLAGSSTILLER(false),
  /** The council moved it to the council of the area it belongs to. */
  FLYTTET(true),
  VIDERESENDT(true),
  RETURNERET(true),
  OVERTAGET(true),
  /** The council's deadline passed without an answer; the proposer was told. */
  FRIST_OVERSKREDET(true),
  /** After the council's deadline, the proposer asked the contact person to forward it. */
  KONTAKTPERSON_BEDT(true),
  /** The contact person gave it to a department. */
  FORDELT(true),
  /** A department passed it on to another department. */
  SENDT_VIDERE(true),
  KVITTERET(true),
  BESVARET(true),
  GENNEMFOERT(true),
  /** Hidden from the public by staff or the council, with a reason. */
  SKJULT(false);

  private final boolean publicByDefault;

  StepKind(boolean publicByDefault) {
    this.publicByDefault = publicByDefault;
  }

  public boolean publicByDefault() {
    return publicByDefault;
  }

  public String messageKey() {
    return "proposal.step." + name();
  }
}
