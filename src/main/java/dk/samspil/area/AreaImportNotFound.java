package dk.samspil.area;

import dk.samspil.shared.NotFoundException;

/** No uploaded boundary file has the id asked for. */
public class AreaImportNotFound extends NotFoundException {

  private AreaImportNotFound(long id) {
    super("admin.import.not-found", id);
  }

  public static AreaImportNotFound forId(long id) {
    return new AreaImportNotFound(id);
  }
}
