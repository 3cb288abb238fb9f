package dk.samspil.organisation.admin;

import dk.samspil.organisation.Department;
import dk.samspil.shared.FieldError;
import java.util.List;

/** Creating a department or editing one (department is then set). */
public record DepartmentFormPage(
    Department department, DepartmentForm form, List<FieldError> errors) {

  public boolean creating() {
    return department == null;
  }
}
