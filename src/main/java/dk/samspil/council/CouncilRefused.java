package dk.samspil.council;

import dk.samspil.shared.ChangeRefused;

/**
 * A council cannot be registered or changed as asked: its slug is taken, or its area already has a
 * council that is not closed down. Names the form field it concerns.
 */
public class CouncilRefused extends ChangeRefused {
  private CouncilRefused(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }

  public static CouncilRefused slugTaken(String slug) {
    return new CouncilRefused("slug", "admin.council.slug.taken", slug);
  }

  public static CouncilRefused slugInvalid(String slug) {
    return new CouncilRefused("slug", "admin.slug.invalid", slug);
  }

  public static CouncilRefused areaHasCouncil() {
    return new CouncilRefused("areaId", "admin.council.area.taken");
  }
}
