package dk.samspil.account;

import dk.samspil.shared.NotFoundException;

/** No account has the id asked for (or it was deleted). */
public class AccountNotFound extends NotFoundException {

  private AccountNotFound(long id) {
    super("account.notfound", id);
  }

  public static AccountNotFound forId(long id) {
    return new AccountNotFound(id);
  }
}
