package dk.samspil.area;

import dk.samspil.shared.ChangeRefused;

/**
 * A change to an area that would break a rule: a slug malformed, reserved or already used, parishes
 * that belong to another area, or a boundary that is not valid. Names the form field it concerns
 * and the reason.
 */
public class AreaRefused extends ChangeRefused {
  private AreaRefused(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }

  public static AreaRefused slugTaken(String slug) {
    return new AreaRefused("slug", "admin.area.slug.taken", slug);
  }

  public static AreaRefused slugInvalid(String slug) {
    return new AreaRefused("slug", "admin.slug.invalid", slug);
  }

  /** The slug is an address of the administration itself, e.g. {@code /admin/omraader/import}. */
  public static AreaRefused slugReserved(String slug) {
    return new AreaRefused("slug", "admin.slug.reserved", slug);
  }

  /** The contact person chosen is not one of the municipality's. */
  public static AreaRefused unknownContactPerson() {
    return new AreaRefused("contactPersonId", "admin.field.unknown-choice");
  }

  /** The parishes (as "name (code)") already belong to other areas (as "area: parishes; …"). */
  public static AreaRefused parishesInUse(String description) {
    return new AreaRefused("parishes", "admin.area.parishes.in-use", description);
  }

  public static AreaRefused invalidBoundary(InvalidGeometry reason) {
    return new AreaRefused("parishes", reason.messageKey(), reason.arguments());
  }
}
