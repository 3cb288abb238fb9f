package dk.samspil.area;

import dk.samspil.shared.NotFoundException;

/** No area has the slug asked for. */
public class AreaNotFound extends NotFoundException {

  private AreaNotFound(String slug) {
    super("error.area-not-found", slug);
  }

  public static AreaNotFound forSlug(String slug) {
    return new AreaNotFound(slug);
  }
}
