package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.List;

/** The form to change one's password. */
public record PasswordChangePage(List<FieldError> errors) {

  public int minLength() {
    return AccountManagement.MIN_PASSWORD_LENGTH;
  }
}
