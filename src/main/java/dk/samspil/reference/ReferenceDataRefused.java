package dk.samspil.reference;

import java.util.List;

/**
 * A reference data set that cannot be loaded as it is: every problem found, by file and item.
 * Nothing of the data set has been written.
 */
public class ReferenceDataRefused extends RuntimeException {

  private final transient ReferenceDataSource source;
  private final List<String> problems;

  ReferenceDataRefused(ReferenceDataSource source, List<String> problems) {
    super(
        "Reference data "
            + source
            + " is refused, nothing of it was loaded ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n  "
            + String.join("\n  ", problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  public ReferenceDataSource source() {
    return source;
  }

  /** The problems, each naming its file and, where there is one, the item. */
  public List<String> problems() {
    return problems;
  }
}
