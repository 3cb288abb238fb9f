package dk.samspil.account.web;

import dk.samspil.account.TokenState;

/**
 * Where the e-mailed link leads: confirmed (state {@code VALID}) with the provider's sign-in
 * button, or why the link does not work. The same whether or not the address had an account.
 */
public record IdentityConfirmedPage(TokenState state, String registrationId) {

  public boolean confirmed() {
    return state == TokenState.VALID;
  }
}
