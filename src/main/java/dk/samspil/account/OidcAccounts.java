package dk.samspil.account;

import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.AuditEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links an OpenID Connect sign-in to a local account by the e-mail address the provider has
 * verified: an active account signs in as itself; an invited one is activated (the provider has
 * proved the address, which is what the invitation link would have done); an unknown address gets a
 * new citizen account; a deactivated or deleted account is refused.
 */
@Component
class OidcAccounts {

  private final Accounts accounts;
  private final AccountInvitations invitations;
  private final ApplicationEventPublisher events;
  private final OidcRoleMapping roleMapping;
  private final OrganisationManagement organisation;
  private final AccountIdentities identities;

  OidcAccounts(
      Accounts accounts,
      AccountInvitations invitations,
      ApplicationEventPublisher events,
      OidcRoleMapping roleMapping,
      OrganisationManagement organisation,
      AccountIdentities identities) {
    this.identities = identities;
    this.accounts = accounts;
    this.invitations = invitations;
    this.events = events;
    this.roleMapping = roleMapping;
    this.organisation = organisation;
  }

  /**
   * The account to sign in as, for a verified e-mail address.
   *
   * @throws OAuth2AuthenticationException with {@link OidcRefusal#ACCOUNT_INACTIVE} when the
   *     account may not sign in
   */
  @Transactional
  Account link(
      String verifiedEmail,
      String name,
      String registrationId,
      String subject,
      Collection<String> groups,
      String assuranceLevel) {
    Account account = verifiedAccount(verifiedEmail, name, registrationId);
    identities.link(registrationId, subject, account.getId());
    applyRoleMapping(account, registrationId, groups);
    signedIn(account, registrationId, subject, assuranceLevel);
    return account;
  }

  /**
   * Links an identity to the account with an address the person has proved by an e-mailed link (see
   * {@link IdentityVerification}): an invited account is activated, an unknown address gets a
   * citizen account. A deactivated account is linked too, so that the next sign-in is refused with
   * the account's reason rather than asking for an address again. Roles are not touched: a role
   * mapping applies at the next sign-in, which carries the provider's groups.
   */
  @Transactional
  void confirm(String provedEmail, String name, String registrationId, String subject) {
    Account account;
    try {
      account = verifiedAccount(provedEmail, name, registrationId);
    } catch (OAuth2AuthenticationException inactive) {
      account = accounts.findByEmail(Account.normalise(provedEmail)).orElseThrow();
    }
    identities.link(registrationId, subject, account.getId());
  }

  private void signedIn(
      Account account, String registrationId, String subject, String assuranceLevel) {
    Instant now = Instant.now();
    account.signedIn(now);
    identities.signedIn(registrationId, subject, assuranceLevel, now);
  }

  /** The account with the verified address: found (an invited one activated) or created. */
  private Account verifiedAccount(String verifiedEmail, String name, String registrationId) {
    Account account = accounts.findByEmail(Account.normalise(verifiedEmail)).orElse(null);
    if (account == null) {
      account = accounts.save(Account.verified(verifiedEmail, name));
      events.publishEvent(
          AuditEvent.created(
              "account", account.getId(), account.getEmail(), snapshot(account, registrationId)));
    } else {
      Map<String, Object> before = account.auditSnapshot();
      boolean activated;
      try {
        activated = account.verifiedSignIn(name);
      } catch (IllegalAccountTransition inactive) {
        throw refused(OidcRefusal.ACCOUNT_INACTIVE);
      }
      if (activated) {
        // the invitation link is no longer needed: the provider has verified the address
        invitations.withdraw(account);
        events.publishEvent(
            AuditEvent.of(
                "activated",
                "account",
                account.getId(),
                account.getEmail(),
                before,
                snapshot(account, registrationId)));
      }
    }
    return account;
  }

  /**
   * The account an identity was linked to before, for a sign-in without a verified e-mail address.
   *
   * @throws OAuth2AuthenticationException with {@link OidcRefusal#ACCOUNT_INACTIVE} when the
   *     account may not sign in
   */
  @Transactional
  Optional<Account> linked(
      String registrationId, String subject, Collection<String> groups, String assuranceLevel) {
    Optional<Account> found =
        identities.accountOf(registrationId, subject).flatMap(accounts::findById);
    found.ifPresent(
        account -> {
          if (!account.canSignIn()) {
            throw refused(OidcRefusal.ACCOUNT_INACTIVE);
          }
          applyRoleMapping(account, registrationId, groups);
          signedIn(account, registrationId, subject, assuranceLevel);
        });
    return found;
  }

  /**
   * For a registration with a role mapping, the provider's groups decide the administrator role and
   * the employee's department, so a group removed at the provider takes the role away here.
   */
  private void applyRoleMapping(Account account, String registrationId, Collection<String> groups) {
    roleMapping
        .of(registrationId)
        .ifPresent(
            mapping -> {
              boolean administrator = mapping.administrator(groups);
              Long departmentId =
                  mapping
                      .department(groups)
                      .map(name -> departmentId(name, registrationId))
                      .orElse(null);
              if (administrator == account.isAdministrator()
                  && Objects.equals(departmentId, account.getDepartmentId())) {
                return;
              }
              Map<String, Object> before = account.auditSnapshot();
              account.changeMunicipalRoles(
                  administrator, departmentId, account.getContactPersonId());
              Map<String, Object> after = snapshot(account, registrationId);
              events.publishEvent(
                  AuditEvent.of(
                      "roles-changed",
                      "account",
                      account.getId(),
                      account.getEmail(),
                      before,
                      after));
            });
  }

  private Long departmentId(String name, String registrationId) {
    return organisation
        .departmentByName(name)
        .map(Department::getId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "samspil.oidc.role-mapping."
                        + registrationId
                        + " names an unknown department: "
                        + name));
  }

  private static Map<String, Object> snapshot(Account account, String registrationId) {
    Map<String, Object> fields = account.auditSnapshot();
    fields.put("signIn", "openid-connect:" + registrationId);
    return fields;
  }

  static OAuth2AuthenticationException refused(OidcRefusal refusal) {
    return new OAuth2AuthenticationException(new OAuth2Error(refusal.errorCode()));
  }
}
