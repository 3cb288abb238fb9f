package dk.samspil.account;

/**
 * The municipal roles an administrator gives an account: administrator, employee (by its
 * department) and contact person (by its contact-person record).
 *
 * @param departmentId the department of an employee, or null
 * @param contactPersonId the contact-person record of a contact person, or null
 */
public record MunicipalRoles(boolean administrator, Long departmentId, Long contactPersonId) {

  /** Whether any municipal role is given (besides being a citizen, as everyone is). */
  public boolean any() {
    return administrator || departmentId != null || contactPersonId != null;
  }
}
