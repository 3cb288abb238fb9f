package dk.samspil.account;

import dk.samspil.shared.SamspilPrincipal;
import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The principal of a person signed in through OpenID Connect: the provider's tokens, linked to a
 * local account whose roles it carries. Kept in the JDBC session, hence serializable.
 */
public final class OidcAccount extends DefaultOidcUser implements SamspilPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String displayName;

  OidcAccount(
      long accountId,
      String displayName,
      Collection<? extends GrantedAuthority> authorities,
      OidcIdToken idToken,
      OidcUserInfo userInfo) {
    // the session's principal name: the e-mail address when the provider sent one (sessions are
    // ended by it), else the provider's subject (a MitID broker sends no address)
    super(
        authorities,
        idToken,
        userInfo,
        idToken.getEmail() != null || (userInfo != null && userInfo.getEmail() != null)
            ? "email"
            : "sub");
    this.accountId = accountId;
    this.displayName = displayName;
  }

  @Override
  public long accountId() {
    return accountId;
  }

  @Override
  public String displayName() {
    return displayName;
  }
}
