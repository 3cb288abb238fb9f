package dk.samspil.council;

/** How a council prefers to take part in the municipality's involvement processes. */
public enum Participation {
  /** In writing: a contribution by e-mail or on Samspil. */
  SKRIFTLIGT,
  /** At a meeting with the municipality. */
  MOEDE,
  /** Either way. */
  BEGGE;

  public String messageKey() {
    return "council.participation." + name();
  }
}
