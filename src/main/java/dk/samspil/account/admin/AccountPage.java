package dk.samspil.account.admin;

import dk.samspil.account.Account;
import dk.samspil.account.AssuranceLevel;
import dk.samspil.account.Role;
import dk.samspil.shared.FormErrors;
import java.util.Set;

/**
 * One account: who, status, last sign-in, every role, the form for the municipal roles, and what
 * can be done about its status. {@code self} is whether it is the administrator's own account;
 * {@code errors} holds the roles form's errors and a refused change of status (field {@code
 * status}). {@code assuranceLevel} is from the latest MitID sign-in, or null.
 */
public record AccountPage(
    Account account,
    Set<Role> roles,
    RolesForm form,
    FormErrors errors,
    RoleChoices choices,
    boolean self,
    AssuranceLevel assuranceLevel) {

  public boolean mayDeactivate() {
    return !self && account.mayBeDeactivated();
  }

  public boolean mayReactivate() {
    return account.mayBeReactivated();
  }

  public boolean mayReinvite() {
    return account.awaitsInvitation();
  }
}
