package dk.samspil.account.web;

import dk.samspil.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;

/** The address a person signed in without an e-mail (MitID) wants to use in Samspil. */
public record IdentityEmailForm(
    @NotBlank(message = "{identity-email.email.required}") @EmailAddress String email) {

  static IdentityEmailForm empty() {
    return new IdentityEmailForm("");
  }
}
