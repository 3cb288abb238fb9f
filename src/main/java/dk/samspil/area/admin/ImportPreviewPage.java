package dk.samspil.area.admin;

import dk.samspil.area.AreaImportManagement;
import dk.samspil.area.ImportProblem;
import java.util.List;

/**
 * A checked boundary file before it is applied: the map, what changes, and the decision buttons.
 * {@code problems} are set when applying found that the file no longer fits the areas.
 */
public record ImportPreviewPage(
    AreaImportManagement.Preview preview, List<ImportProblem> problems, String uploadedBy) {

  public long newAreas() {
    return preview.rows().stream().filter(AreaImportManagement.PreviewRow::isNew).count();
  }
}
