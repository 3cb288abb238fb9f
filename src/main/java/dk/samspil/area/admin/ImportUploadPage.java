package dk.samspil.area.admin;

import dk.samspil.area.AreaImport;
import dk.samspil.area.ImportProblem;
import dk.samspil.shared.FormErrors;
import java.util.List;

/**
 * Uploading a boundary file: the form with its errors (no file, a file too large, a rejected file),
 * the problems of a rejected file, listed whole, and the imports still waiting for a decision.
 */
public record ImportUploadPage(
    List<ImportProblem> problems,
    String fileName,
    FormErrors errors,
    long maxMegabytes,
    List<AreaImport> pending) {

  public boolean rejected() {
    return !problems.isEmpty();
  }
}
