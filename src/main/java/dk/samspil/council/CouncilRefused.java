package dk.samspil.council;

import dk.samspil.shared.ChangeRefused;

/**
 * A council cannot be registered or changed as asked: its slug is malformed, reserved or taken, it
 * would start in a status a council cannot start in, or its area already has a council that is not
 * closed down, or it names an area, contact person or theme that does not exist. Names the form
 * field it concerns.
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

  /** The slug is an address of the administration itself ({@code /admin/lokalraad/ny}). */
  public static CouncilRefused slugReserved(String slug) {
    return new CouncilRefused("slug", "admin.slug.reserved", slug);
  }

  /** A council starts under establishment or active (see {@link CouncilStatus#FIRST}). */
  public static CouncilRefused firstStatus() {
    return new CouncilRefused("status", "admin.council.status.required");
  }

  /** The area chosen is not one of the municipality's. */
  public static CouncilRefused unknownArea() {
    return new CouncilRefused("areaId", "admin.field.unknown-choice");
  }

  /** The contact person chosen is not one of the municipality's. */
  public static CouncilRefused unknownContactPerson() {
    return new CouncilRefused("contactPersonId", "admin.field.unknown-choice");
  }

  /** A theme chosen for the council's profile is not one of the municipality's themes. */
  public static CouncilRefused unknownThemes() {
    return new CouncilRefused("temaer", "selfservice.profile.error.themes");
  }

  public static CouncilRefused areaHasCouncil() {
    return new CouncilRefused("areaId", "admin.council.area.taken");
  }
}
