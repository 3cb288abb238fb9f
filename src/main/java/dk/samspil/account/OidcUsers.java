package dk.samspil.account;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a person the provider has signed in into a Samspil principal: links a verified e-mail
 * address (or an identity linked before) to a local account and gives it that account's roles,
 * computed exactly as for password sign-in. A first sign-in without an address is kept as pending
 * and asked for one ({@link IdentityVerification}); an unverified address is refused.
 */
@Component
class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final OidcAccounts accounts;
  private final Roles roles;
  private final OidcRoleMapping roleMapping;
  private final PendingIdentities pending;

  OidcUsers(
      OidcAccounts accounts, Roles roles, OidcRoleMapping roleMapping, PendingIdentities pending) {
    this.pending = pending;
    this.accounts = accounts;
    this.roles = roles;
    this.roleMapping = roleMapping;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    String registrationId = request.getClientRegistration().getRegistrationId();
    List<String> groups = groups(user, registrationId);
    String email = user.getEmail();
    boolean verified =
        email != null && !email.isBlank() && Boolean.TRUE.equals(user.getEmailVerified());
    String loa = assuranceLevel(user);
    Account account;
    if (verified) {
      account = accounts.link(email, nameOf(user), registrationId, user.getSubject(), groups, loa);
    } else {
      // a MitID broker sends no e-mail address: an identity linked before still signs in
      account =
          accounts
              .linked(registrationId, user.getSubject(), groups, loa)
              .orElseThrow(
                  () -> {
                    if (email != null && !email.isBlank()) {
                      return OidcAccounts.refused(OidcRefusal.EMAIL_UNVERIFIED);
                    }
                    // the first sign-in: ask for an address and prove it by an e-mailed link
                    return new PendingIdentityException(
                        pending.remember(registrationId, user.getSubject(), nameOf(user), loa));
                  });
    }
    List<SimpleGrantedAuthority> authorities =
        roles.of(account).stream()
            .map(role -> new SimpleGrantedAuthority(role.authority()))
            .toList();
    return new OidcAccount(
        account.getId(), account.displayName(), authorities, user.getIdToken(), user.getUserInfo());
  }

  /** The groups in the claim the registration's role mapping names; empty without a mapping. */
  List<String> groups(OidcUser user, String registrationId) {
    return roleMapping
        .of(registrationId)
        .map(mapping -> groupsIn(user.getAttributes().get(mapping.claim())))
        .orElse(List.of());
  }

  static List<String> groupsIn(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }
    if (claim instanceof String value && !value.isBlank()) {
      return List.of(value.split("[,\\s]+"));
    }
    return List.of();
  }

  /** The assurance level the provider reports: the {@code loa} claim, else {@code acr}, or null. */
  static String assuranceLevel(OidcUser user) {
    for (String claim : List.of("loa", "acr")) {
      Object value = user.getAttributes().get(claim);
      if (value != null && !value.toString().isBlank()) {
        String level = value.toString();
        return level.length() > 255 ? level.substring(0, 255) : level;
      }
    }
    return null;
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
