package dk.samspil.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a real account, with the principal the application uses. */
public final class TestPrincipals {

  private TestPrincipals() {}

  /** The request as made by this account, with its municipal roles. */
  public static RequestPostProcessor as(Account account) {
    SignedInAccount principal =
        new SignedInAccount(
            account.getId(),
            account.getEmail(),
            account.displayName(),
            null,
            account.municipalRoles());
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
  }
}
