package dk.samspil.council;

/** A member's position on the council board. */
public enum CouncilPosition {
  FORMAND,
  NAESTFORMAND,
  KASSERER,
  SEKRETAER,
  MEDLEM,
  SUPPLEANT;

  public String messageKey() {
    return "council.position." + name();
  }

  /** The chair answers on the council's behalf unless the right is given to others. */
  public boolean answersByDefault() {
    return this == FORMAND;
  }
}
