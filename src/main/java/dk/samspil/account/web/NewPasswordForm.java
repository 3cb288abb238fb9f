package dk.samspil.account.web;

import dk.samspil.account.NewPassword;

/** A new password chosen through a reset link. */
@NewPassword
public record NewPasswordForm(String token, String password, String repeat)
    implements NewPassword.Typed {

  static NewPasswordForm of(String token) {
    return new NewPasswordForm(token, null, null);
  }
}
