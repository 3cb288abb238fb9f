package dk.samspil.organisation;

/**
 * A change to the organisation's reference data that would break a rule (a name or address that
 * must be unique, a theme still in use). Carries the form field it concerns and a message key.
 */
public class OrganisationChangeRefused extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  private OrganisationChangeRefused(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
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

  public static OrganisationChangeRefused contactEmailTaken(String email) {
    return new OrganisationChangeRefused("email", "admin.contact.email.taken", email);
  }

  /** The id of the form field the refusal concerns. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
