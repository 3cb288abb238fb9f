package dk.samspil.account.web;

import dk.samspil.account.NewPassword;
import dk.samspil.shared.FormErrors;

/** The form to change one's password; what was typed is never shown again. */
public record PasswordChangePage(FormErrors errors) {

  public int minLength() {
    return NewPassword.MIN_LENGTH;
  }
}
