package dk.samspil.account;

import dk.samspil.shared.AuditEvent;
import java.time.Instant;
import java.util.Map;
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
  private final AccountTokens tokens;
  private final ApplicationEventPublisher events;

  OidcAccounts(Accounts accounts, AccountTokens tokens, ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.events = events;
  }

  /**
   * The account to sign in as, for a verified e-mail address.
   *
   * @throws OAuth2AuthenticationException with {@link OidcRefusal#ACCOUNT_INACTIVE} when the
   *     account may not sign in
   */
  @Transactional
  Account link(String verifiedEmail, String name, String registrationId) {
    Optional<Account> existing = accounts.findByEmail(Account.normalise(verifiedEmail));
    Account account;
    if (existing.isEmpty()) {
      account = accounts.save(new Account(verifiedEmail, name, AccountStatus.ACTIVE));
      events.publishEvent(
          AuditEvent.created(
              "account", account.getId(), account.getEmail(), snapshot(account, registrationId)));
    } else {
      account = existing.get();
      switch (account.getStatus()) {
        case ACTIVE -> {}
        case INVITED -> activate(account, name, registrationId);
        default -> throw refused(OidcRefusal.ACCOUNT_INACTIVE);
      }
    }
    account.signedIn();
    return account;
  }

  private void activate(Account account, String name, String registrationId) {
    Map<String, Object> before = AccountManagement.snapshot(account);
    account.setStatus(AccountStatus.ACTIVE);
    if ((account.getName() == null || account.getName().isBlank()) && name != null) {
      account.setName(name);
    }
    // the invitation link is no longer needed: the provider has verified the address
    tokens.spendAll(account.getId(), TokenPurpose.INVITATION, Instant.now());
    events.publishEvent(
        AuditEvent.of(
            "activated",
            "account",
            account.getId(),
            account.getEmail(),
            before,
            snapshot(account, registrationId)));
  }

  private static Map<String, Object> snapshot(Account account, String registrationId) {
    Map<String, Object> fields = AccountManagement.snapshot(account);
    fields.put("signIn", "openid-connect:" + registrationId);
    return fields;
  }

  static OAuth2AuthenticationException refused(OidcRefusal refusal) {
    return new OAuth2AuthenticationException(new OAuth2Error(refusal.errorCode()));
  }
}
