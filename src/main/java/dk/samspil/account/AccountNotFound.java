package dk.samspil.account;

import dk.samspil.shared.NotFoundException;

/** No account has the id asked for. */
public class AccountNotFound extends NotFoundException {

  private AccountNotFound(long id) {
    super("admin.account.not-found", id);
  }

  public static AccountNotFound forId(long id) {
    return new AccountNotFound(id);
  }
}
