package dk.samspil.account;

/**
 * An administrator's change to an account that is not allowed: locking oneself out, inviting an
 * address that has an account, or a status change the account's status does not allow.
 */
public class AccountChangeRefused extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  private AccountChangeRefused(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  /** An administrator cannot deactivate their own account. */
  public static AccountChangeRefused ownDeactivation() {
    return new AccountChangeRefused("admin.account.refused.own-deactivation");
  }

  /** An administrator cannot take away their own administrator role. */
  public static AccountChangeRefused ownAdministratorRole() {
    return new AccountChangeRefused("admin.account.refused.own-administrator");
  }

  public static AccountChangeRefused emailTaken(String email) {
    return new AccountChangeRefused("admin.account.refused.email-taken", email);
  }

  public static AccountChangeRefused cannotDeactivate(AccountStatus status) {
    return new AccountChangeRefused("admin.account.refused.cannot-deactivate", status.name());
  }

  /** A deactivated or deleted account cannot be invited; it must be reactivated first. */
  public static AccountChangeRefused cannotInvite(AccountStatus status) {
    return new AccountChangeRefused("admin.account.refused.cannot-invite", status.name());
  }

  public static AccountChangeRefused notDeactivated(AccountStatus status) {
    return new AccountChangeRefused("admin.account.refused.not-deactivated", status.name());
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
