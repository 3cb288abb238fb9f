package dk.samspil.organisation.admin;

import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The department form as typed. */
public record DepartmentForm(String name, String unit) {

  static DepartmentForm empty() {
    return new DepartmentForm("", "");
  }

  public String nameValue() {
    return Fields.orEmpty(name);
  }

  public String unitValue() {
    return Fields.orEmpty(unit);
  }

  List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    Fields.required(errors, "name", name, 200);
    Fields.maxLength(errors, "unit", unit, 200);
    return errors;
  }
}
