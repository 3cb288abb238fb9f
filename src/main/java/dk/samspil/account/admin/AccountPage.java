package dk.samspil.account.admin;

import dk.samspil.account.Account;
import dk.samspil.account.AccountStatus;
import dk.samspil.account.Role;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.shared.FieldError;
import java.util.List;
import java.util.Set;

/**
 * One account: who, status, last sign-in, every role, the form for the municipal roles, and what
 * can be done about its status. {@code self} is whether it is the administrator's own account.
 */
public record AccountPage(
    Account account,
    Set<Role> roles,
    RolesForm form,
    List<FieldError> errors,
    List<Department> departments,
    List<ContactPerson> contactPersons,
    boolean self) {

  public boolean mayDeactivate() {
    return !self
        && (account.getStatus() == AccountStatus.ACTIVE
            || account.getStatus() == AccountStatus.INVITED);
  }

  public boolean mayReactivate() {
    return account.getStatus() == AccountStatus.DEACTIVATED;
  }

  public boolean mayReinvite() {
    return account.getStatus() == AccountStatus.INVITED;
  }
}
