package dk.samspil.account.admin;

import dk.samspil.account.Account;
import dk.samspil.account.MunicipalRoles;

/**
 * The municipal roles as ticked: administrator (the checkbox sends {@code ja}), employee (by
 * choosing a department) and contact person (by choosing the contact-person record).
 */
public record RolesForm(String administrator, Long departmentId, Long contactPersonId) {

  static RolesForm of(Account account) {
    return new RolesForm(
        account.isAdministrator() ? "ja" : null,
        account.getDepartmentId(),
        account.getContactPersonId());
  }

  public boolean isAdministrator() {
    return administrator != null;
  }

  public boolean hasDepartment(Long id) {
    return id != null && id.equals(departmentId);
  }

  public boolean hasContactPerson(Long id) {
    return id != null && id.equals(contactPersonId);
  }

  MunicipalRoles toRoles() {
    return new MunicipalRoles(isAdministrator(), departmentId, contactPersonId);
  }
}
