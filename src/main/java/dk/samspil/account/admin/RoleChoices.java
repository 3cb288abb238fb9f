package dk.samspil.account.admin;

import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.shared.Forms;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * The departments and contact persons an administrator chooses from when giving municipal roles,
 * and the check that what was sent is one of them.
 */
public record RoleChoices(List<Department> departments, List<ContactPerson> contactPersons) {

  /** Marks a department or contact person that is not on the lists. */
  void check(RolesForm form, BindingResult errors) {
    if (form.departmentId() != null
        && departments.stream().noneMatch(d -> d.getId().equals(form.departmentId()))) {
      Forms.rejectField(errors, "departmentId", "admin.account.unknown-choice");
    }
    if (form.contactPersonId() != null
        && contactPersons.stream().noneMatch(c -> c.getId().equals(form.contactPersonId()))) {
      Forms.rejectField(errors, "contactPersonId", "admin.account.unknown-choice");
    }
  }
}
