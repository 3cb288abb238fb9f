package dk.samspil.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a person the provider has signed in into a Samspil principal: checks that the provider gave
 * a verified e-mail address, links it to a local account and gives it that account's roles,
 * computed exactly as for password sign-in.
 */
@Component
class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final OidcAccounts accounts;
  private final Roles roles;

  OidcUsers(OidcAccounts accounts, Roles roles) {
    this.accounts = accounts;
    this.roles = roles;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String email = user.getEmail();
    if (email == null || email.isBlank()) {
      throw OidcAccounts.refused(OidcRefusal.EMAIL_MISSING);
    }
    if (!Boolean.TRUE.equals(user.getEmailVerified())) {
      throw OidcAccounts.refused(OidcRefusal.EMAIL_UNVERIFIED);
    }
    Account account =
        accounts.link(email, nameOf(user), request.getClientRegistration().getRegistrationId());
    List<SimpleGrantedAuthority> authorities =
        roles.of(account).stream()
            .map(role -> new SimpleGrantedAuthority(role.authority()))
            .toList();
    return new OidcAccount(
        account.getId(), account.displayName(), authorities, user.getIdToken(), user.getUserInfo());
  }

  /** The person's name as the provider gives it, or null. */
  static String nameOf(OidcUser user) {
    String name = user.getFullName();
    if (name == null || name.isBlank()) {
      String given = user.getGivenName() == null ? "" : user.getGivenName();
      String family = user.getFamilyName() == null ? "" : user.getFamilyName();
      name = (given + " " + family).strip();
    }
    if (name.isBlank()) {
      return null;
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
