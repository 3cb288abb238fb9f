package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.List;

/** The page an invitation link leads to: name and password, or why the link cannot be used. */
public record InvitationPage(
    TokenState state, String token, String email, String name, List<FieldError> errors) {

  public int minLength() {
    return AccountManagement.MIN_PASSWORD_LENGTH;
  }
}
