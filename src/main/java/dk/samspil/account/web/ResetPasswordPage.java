package dk.samspil.account.web;

import dk.samspil.account.NewPassword;
import dk.samspil.account.TokenState;
import dk.samspil.shared.FormErrors;

/**
 * The page a reset link leads to: the new-password form, or why the link cannot be used.
 *
 * @param email the address of the account, while the link can be used
 */
public record ResetPasswordPage(
    TokenState state, String email, NewPasswordForm form, FormErrors errors) {

  public boolean usable() {
    return state == TokenState.VALID;
  }

  public int minLength() {
    return NewPassword.MIN_LENGTH;
  }
}
