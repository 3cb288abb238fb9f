package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.List;

/** The page a reset link leads to: the new-password form, or why the link cannot be used. */
public record ResetPasswordPage(
    TokenState state, String token, String email, List<FieldError> errors) {

  public int minLength() {
    return AccountManagement.MIN_PASSWORD_LENGTH;
  }
}
