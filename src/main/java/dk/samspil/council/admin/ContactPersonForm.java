package dk.samspil.council.admin;

import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The contact person form as typed. */
public record ContactPersonForm(
    String name, String title, String email, String phone, String departmentId) {

  static ContactPersonForm empty() {
    return new ContactPersonForm("", "", "", "", "");
  }

  public String value(String field) {
    return FormText.orEmpty(
        switch (field) {
          case "name" -> name;
          case "title" -> title;
          case "email" -> email;
          case "phone" -> phone;
          default -> throw new IllegalArgumentException(field);
        });
  }

  public boolean hasDepartment(Long id) {
    return id != null && id.toString().equals(departmentId);
  }

  List<FieldError> validate(Set<Long> departmentIds) {
    List<FieldError> errors = new ArrayList<>();
    FormText.required(errors, "name", name, 200);
    FormText.maxLength(errors, "title", title, 200);
    if (FormText.clean(email) == null) {
      errors.add(new FieldError("email", "admin.field.required"));
    } else if (!FormText.isEmail(email.strip())) {
      errors.add(new FieldError("email", "admin.field.email"));
    }
    String number = FormText.clean(phone);
    if (number != null && (number.length() > 40 || !number.matches("[+0-9 ()./-]+"))) {
      errors.add(new FieldError("phone", "admin.field.phone"));
    }
    Long department = FormText.id(departmentId);
    if (department != null && !departmentIds.contains(department)) {
      errors.add(new FieldError("departmentId", "admin.field.unknown-choice"));
    }
    return errors;
  }

  String cleanName() {
    return name.strip();
  }

  String cleanTitle() {
    return FormText.clean(title);
  }

  String cleanEmail() {
    return email.strip();
  }

  String cleanPhone() {
    return FormText.clean(phone);
  }

  Long departmentValue() {
    return FormText.id(departmentId);
  }
}
