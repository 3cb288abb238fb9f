package dk.samspil.organisation;

import dk.samspil.shared.ChangeRefused;

/**
 * A change to the organisation's reference data that would break a rule (a name or address that
 * must be unique, a theme still in use). Carries the form field it concerns and a message key.
 */
public class OrganisationChangeRefused extends ChangeRefused {
  private OrganisationChangeRefused(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }

  public static OrganisationChangeRefused themeSlugInvalid(String slug) {
    return new OrganisationChangeRefused("slug", "admin.slug.invalid", slug);
  }

  public static OrganisationChangeRefused themeSlugTaken(String slug) {
    return new OrganisationChangeRefused("slug", "admin.theme.slug.taken", slug);
  }

  public static OrganisationChangeRefused themeInUse(String name) {
    return new OrganisationChangeRefused("delete", "admin.theme.in-use", name);
  }

  public static OrganisationChangeRefused departmentNameTaken(String name) {
    return new OrganisationChangeRefused("name", "admin.department.name.taken", name);
  }

  public static OrganisationChangeRefused committeeExists(String name) {
    return new OrganisationChangeRefused("validFrom", "admin.committee.exists", name);
  }

  public static OrganisationChangeRefused committeeEndsBeforeItBegins() {
    return new OrganisationChangeRefused("validTo", "admin.committee.valid-to.before");
  }

  /** The department chosen is not one of the municipality's. */
  public static OrganisationChangeRefused unknownDepartment() {
    return new OrganisationChangeRefused("departmentId", "admin.field.unknown-choice");
  }

  public static OrganisationChangeRefused contactEmailTaken(String email) {
    return new OrganisationChangeRefused("email", "admin.contact.email.taken", email);
  }
}
