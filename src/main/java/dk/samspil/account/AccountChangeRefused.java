package dk.samspil.account;

import dk.samspil.shared.ChangeRefused;

/**
 * A change to an account that a rule refuses, with the form field it concerns: administrators
 * locking themselves out, inviting an address that has an account, a wrong current password, the
 * last administrator deleting their account. Refused status changes are {@link
 * IllegalAccountTransition}s.
 */
public class AccountChangeRefused extends ChangeRefused {

  protected AccountChangeRefused(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }

  /** An administrator cannot deactivate their own account. */
  static AccountChangeRefused ownDeactivation() {
    return new AccountChangeRefused("status", "admin.account.refused.own-deactivation");
  }

  /** An administrator cannot take away their own administrator role. */
  static AccountChangeRefused ownAdministratorRole() {
    return new AccountChangeRefused("administrator", "admin.account.refused.own-administrator");
  }

  /** The administration invites new people; someone with an account gets roles instead. */
  static AccountChangeRefused emailTaken(String email) {
    return new AccountChangeRefused("email", "admin.account.refused.email-taken", email);
  }

  /** Changing one's password needs the current one. */
  static AccountChangeRefused wrongCurrentPassword() {
    return new AccountChangeRefused("current", "password.current.wrong");
  }

  /** A password may not be the account's own e-mail address. */
  static AccountChangeRefused passwordIsEmail() {
    return new AccountChangeRefused("password", "password.same-as-email");
  }

  /** Deleting one's account needs one's own address typed as confirmation. */
  static AccountChangeRefused deletionNotConfirmed() {
    return new AccountChangeRefused("email", "delete.email.mismatch");
  }

  /** The only active administrator cannot delete their account. */
  static AccountChangeRefused lastAdministrator() {
    return new AccountChangeRefused(null, "delete.last-administrator");
  }
}
