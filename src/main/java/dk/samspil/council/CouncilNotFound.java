package dk.samspil.council;

import dk.samspil.shared.NotFoundException;

/** No council has the slug asked for. */
public class CouncilNotFound extends NotFoundException {

  private CouncilNotFound(String slug) {
    super("error.council-not-found", slug);
  }

  public static CouncilNotFound forSlug(String slug) {
    return new CouncilNotFound(slug);
  }
}
