package dk.samspil.area;

/**
 * One reason an uploaded boundary file is rejected: where (the feature's number in the file, from
 * 1, and its slug if it has one; 0 for the file as a whole) and why, as a message key and its
 * arguments.
 */
public record ImportProblem(int feature, String slug, String messageKey, Object... arguments) {

  static ImportProblem ofFile(String messageKey, Object... arguments) {
    return new ImportProblem(0, null, messageKey, arguments);
  }

  /** Whether the problem concerns one feature rather than the whole file. */
  public boolean concernsFeature() {
    return feature > 0;
  }
}
