package dk.samspil.organisation.admin;

import dk.samspil.organisation.Department;
import dk.samspil.shared.FormErrors;

/** Creating a department or editing one (department is then set). */
public record DepartmentFormPage(Department department, DepartmentForm form, FormErrors errors) {

  public boolean creating() {
    return department == null;
  }
}
