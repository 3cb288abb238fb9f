package dk.samspil.account.web;

import dk.samspil.account.NewPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Accepting an account invitation: the person's name and the password they choose. */
@NewPassword
public record AccountInvitationForm(
    String token,
    @NotBlank(message = "{account.name.required}")
        @Size(max = 200, message = "{account.name.toolong}")
        String name,
    String password,
    String repeat)
    implements NewPassword.Typed {

  static AccountInvitationForm of(String token, String name) {
    return new AccountInvitationForm(token, name, null, null);
  }
}
