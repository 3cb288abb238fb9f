package dk.samspil.account;

/**
 * A change of an account's status that its life does not allow, e.g. reactivating an account that
 * is not deactivated, or accepting an invitation for an account that is already active. Thrown by
 * {@link Account}; the message key says what is allowed instead.
 */
public class IllegalAccountTransition extends AccountChangeRefused {

  private final AccountStatus from;

  private IllegalAccountTransition(AccountStatus from, String messageKey) {
    super("status", messageKey, from.name());
    this.from = from;
  }

  /** Only an invited account can be activated by an invitation, or invited again. */
  static IllegalAccountTransition notInvited(AccountStatus from) {
    return new IllegalAccountTransition(from, "account.transition.not-invited");
  }

  /** Only active and invited accounts can be deactivated. */
  static IllegalAccountTransition cannotDeactivate(AccountStatus from) {
    return new IllegalAccountTransition(from, "account.transition.cannot-deactivate");
  }

  /** Only deactivated accounts can be reactivated. */
  static IllegalAccountTransition notDeactivated(AccountStatus from) {
    return new IllegalAccountTransition(from, "account.transition.not-deactivated");
  }

  /** Only an active account can sign in or change its password. */
  static IllegalAccountTransition notActive(AccountStatus from) {
    return new IllegalAccountTransition(from, "account.transition.not-active");
  }

  /** A deleted account is anonymised for good: nothing about it changes any more. */
  static IllegalAccountTransition deleted() {
    return new IllegalAccountTransition(AccountStatus.DELETED, "account.transition.deleted");
  }

  /** The status the account had, and still has. */
  public AccountStatus from() {
    return from;
  }
}
