package dk.samspil.council;

import dk.samspil.shared.NotFoundException;

/** No council has the slug or id asked for. */
public class CouncilNotFound extends NotFoundException {

  private CouncilNotFound(Object slugOrId) {
    super("error.council-not-found", slugOrId);
  }

  public static CouncilNotFound forSlug(String slug) {
    return new CouncilNotFound(slug);
  }

  public static CouncilNotFound forId(Long id) {
    return new CouncilNotFound(id);
  }
}
