package dk.samspil.involvement;

/** What the municipality did with a contribution. */
public enum FeedbackVerdict {
  ANVENDT,
  DELVIST_ANVENDT,
  IKKE_ANVENDT;

  public String messageKey() {
    return "feedback.verdict." + name();
  }

  public String apiValue() {
    return switch (this) {
      case ANVENDT -> "used";
      case DELVIST_ANVENDT -> "partly_used";
      case IKKE_ANVENDT -> "not_used";
    };
  }
}
