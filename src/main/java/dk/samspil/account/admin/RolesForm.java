package dk.samspil.account.admin;

import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The municipal roles as ticked: administrator, employee (by choosing a department) and contact
 * person (by choosing the contact-person record).
 */
public record RolesForm(String administrator, String departmentId, String contactPersonId) {

  public boolean isAdministrator() {
    return administrator != null;
  }

  public boolean hasDepartment(Long id) {
    return id != null && id.toString().equals(departmentId);
  }

  public boolean hasContactPerson(Long id) {
    return id != null && id.toString().equals(contactPersonId);
  }

  Long department() {
    return id(departmentId);
  }

  Long contactPerson() {
    return id(contactPersonId);
  }

  List<FieldError> validate(Set<Long> departmentIds, Set<Long> contactPersonIds) {
    return validateChoices(departmentId, contactPersonId, departmentIds, contactPersonIds);
  }

  static List<FieldError> validateChoices(
      String departmentId,
      String contactPersonId,
      Set<Long> departmentIds,
      Set<Long> contactPersonIds) {
    List<FieldError> errors = new ArrayList<>();
    Long department = id(departmentId);
    if (department != null && !departmentIds.contains(department)) {
      errors.add(new FieldError("departmentId", "admin.field.unknown-choice"));
    }
    Long contact = id(contactPersonId);
    if (contact != null && !contactPersonIds.contains(contact)) {
      errors.add(new FieldError("contactPersonId", "admin.field.unknown-choice"));
    }
    return errors;
  }

  static Long id(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
