package dk.samspil.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exists only in the tests: signs a MockMvc request in as an account with the real principal
 * ({@link SignedInAccount}) and the real roles, exactly as password sign-in would.
 */
@Component
public class TestSignIn {

  private final AccountUserDetailsService users;

  TestSignIn(AccountUserDetailsService users) {
    this.users = users;
  }

  /** The request, signed in as the active account with this e-mail address. */
  public RequestPostProcessor as(String email) {
    return user(users.loadUserByUsername(email));
  }
}
