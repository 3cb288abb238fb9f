package dk.samspil.account.web;

import dk.samspil.account.NewPassword;
import dk.samspil.account.TokenState;
import dk.samspil.shared.FormErrors;

/**
 * The page an account invitation's link leads to: name and password, or why the link cannot be
 * used.
 *
 * @param email the invited address, while the link can be used
 */
public record AccountInvitationPage(
    TokenState state, String email, AccountInvitationForm form, FormErrors errors) {

  public boolean usable() {
    return state == TokenState.VALID;
  }

  public int minLength() {
    return NewPassword.MIN_LENGTH;
  }
}
