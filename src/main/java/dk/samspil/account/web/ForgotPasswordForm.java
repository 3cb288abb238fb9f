package dk.samspil.account.web;

import dk.samspil.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;

/** The address to send a link to choose a new password to. */
public record ForgotPasswordForm(
    @NotBlank(message = "{forgot.email.required}") @EmailAddress String email) {

  static ForgotPasswordForm empty() {
    return new ForgotPasswordForm("");
  }
}
