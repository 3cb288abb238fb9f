package dk.samspil.organisation.admin;

import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.shared.FormErrors;
import java.util.List;

/** Creating a contact person or editing one (person is then set). */
public record ContactPersonFormPage(
    ContactPerson person, ContactPersonForm form, FormErrors errors, List<Department> departments) {

  public boolean creating() {
    return person == null;
  }
}
