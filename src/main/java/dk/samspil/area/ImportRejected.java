package dk.samspil.area;

import java.util.List;

/**
 * An uploaded boundary file cannot be imported; it lists every problem found, not just the first.
 */
public class ImportRejected extends Exception {

  private final transient List<ImportProblem> problems;

  ImportRejected(List<ImportProblem> problems) {
    super(problems.size() + " problem(s) in the boundary file");
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
