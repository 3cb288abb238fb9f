package dk.samspil.account;

import dk.samspil.shared.NotFoundException;

/** The signed-in person's account no longer exists (or is deleted). */
class AccountNotFound extends NotFoundException {

  AccountNotFound(long id) {
    super("account.notfound", id);
  }
}
