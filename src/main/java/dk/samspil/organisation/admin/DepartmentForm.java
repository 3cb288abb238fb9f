package dk.samspil.organisation.admin;

import dk.samspil.organisation.Department;
import dk.samspil.organisation.DepartmentDraft;
import dk.samspil.shared.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The department form as typed. */
public record DepartmentForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String unit) {

  static DepartmentForm empty() {
    return new DepartmentForm("", "");
  }

  static DepartmentForm of(Department department) {
    return new DepartmentForm(department.getName(), Forms.orEmpty(department.getUnit()));
  }

  DepartmentDraft toDraft() {
    return new DepartmentDraft(name.strip(), Forms.clean(unit));
  }
}
