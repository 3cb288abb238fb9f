package dk.samspil.organisation.admin;

import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.ContactPersonDraft;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationChangeRefused;
import dk.samspil.shared.EmailAddress;
import dk.samspil.shared.Forms;
import dk.samspil.shared.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import org.springframework.validation.BindingResult;

/** The contact person form as typed. */
public record ContactPersonForm(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 200) String title,
    @NotBlank @EmailAddress String email,
    @PhoneNumber String phone,
    Long departmentId) {

  static ContactPersonForm empty() {
    return new ContactPersonForm("", "", "", "", null);
  }

  static ContactPersonForm of(ContactPerson person) {
    return new ContactPersonForm(
        person.getName(),
        Forms.orEmpty(person.getTitle()),
        person.getEmail(),
        Forms.orEmpty(person.getPhone()),
        person.getDepartmentId());
  }

  public boolean hasDepartment(Long id) {
    return id != null && id.equals(departmentId);
  }

  /** A department that is not on the list is listed with the form's other mistakes. */
  void check(BindingResult result, Collection<Department> departments) {
    if (departmentId != null
        && departments.stream().noneMatch(department -> department.getId().equals(departmentId))) {
      Forms.reject(result, OrganisationChangeRefused.unknownDepartment());
    }
  }

  ContactPersonDraft toDraft() {
    return new ContactPersonDraft(
        name.strip(), Forms.clean(title), email.strip(), Forms.clean(phone), departmentId);
  }
}
