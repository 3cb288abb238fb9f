package dk.samspil.account.web;

import dk.samspil.account.NewPassword;
import jakarta.validation.constraints.NotEmpty;

/** Changing one's password: the current one, and the new one typed twice. */
@NewPassword
public record PasswordChangeForm(
    @NotEmpty(message = "{password.current.required}") String current,
    String password,
    String repeat)
    implements NewPassword.Typed {

  static PasswordChangeForm empty() {
    return new PasswordChangeForm(null, null, null);
  }
}
