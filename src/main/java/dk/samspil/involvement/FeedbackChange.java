package dk.samspil.involvement;

/** What saving the municipality's feedback on a contribution did. */
public enum FeedbackChange {
  /** The first feedback on the contribution; the council is told. */
  GIVEN,
  /** The verdict or the text changed; the council is told that the feedback was updated. */
  REVISED,
  /** The same verdict and text as before: nothing changed, and the council is not told again. */
  UNCHANGED
}
