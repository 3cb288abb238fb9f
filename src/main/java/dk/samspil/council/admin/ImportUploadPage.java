package dk.samspil.council.admin;

import dk.samspil.area.AreaImport;
import dk.samspil.area.ImportProblem;
import java.util.List;

/**
 * Uploading a boundary file: the form, the problems of a rejected file (or that it was too large),
 * and the imports still waiting for a decision.
 */
public record ImportUploadPage(
    List<ImportProblem> problems,
    String fileName,
    boolean missingFile,
    boolean tooLarge,
    long maxMegabytes,
    List<AreaImport> pending) {

  public boolean rejected() {
    return !problems.isEmpty();
  }
}
