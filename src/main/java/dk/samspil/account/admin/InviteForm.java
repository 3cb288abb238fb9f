package dk.samspil.account.admin;

import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Inviting a person, with the municipal roles they are to have. */
public record InviteForm(
    String email, String name, String administrator, String departmentId, String contactPersonId) {

  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  static InviteForm empty() {
    return new InviteForm("", "", null, "", "");
  }

  public String emailValue() {
    return email == null ? "" : email;
  }

  public String nameValue() {
    return name == null ? "" : name;
  }

  List<FieldError> validate(Set<Long> departmentIds, Set<Long> contactPersonIds) {
    List<FieldError> errors = new ArrayList<>();
    if (email == null || email.isBlank()) {
      errors.add(new FieldError("email", "admin.field.required"));
    } else if (email.strip().length() > 320 || !EMAIL.matcher(email.strip()).matches()) {
      errors.add(new FieldError("email", "admin.field.email"));
    }
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "admin.field.required"));
    } else if (name.strip().length() > 200) {
      errors.add(new FieldError("name", "admin.field.too-long", 200));
    }
    errors.addAll(
        RolesForm.validateChoices(departmentId, contactPersonId, departmentIds, contactPersonIds));
    return errors;
  }

  public RolesForm roles() {
    return new RolesForm(administrator, departmentId, contactPersonId);
  }
}
