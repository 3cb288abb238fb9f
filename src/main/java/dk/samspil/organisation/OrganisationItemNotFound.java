package dk.samspil.organisation;

import dk.samspil.shared.NotFoundException;

/** No theme, department, committee or contact person has the id asked for. */
public class OrganisationItemNotFound extends NotFoundException {

  private OrganisationItemNotFound(String kind, long id) {
    super("admin.error.not-found", kind, id);
  }

  public static OrganisationItemNotFound theme(long id) {
    return new OrganisationItemNotFound("theme", id);
  }

  public static OrganisationItemNotFound department(long id) {
    return new OrganisationItemNotFound("department", id);
  }

  public static OrganisationItemNotFound committee(long id) {
    return new OrganisationItemNotFound("committee", id);
  }

  public static OrganisationItemNotFound contactPerson(long id) {
    return new OrganisationItemNotFound("contact-person", id);
  }
}
