package dk.samspil.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a person's sessions on every device (they live in the database, found by principal name,
 * which is the e-mail address): after a password reset, a password change (except the session it
 * was changed in), the deletion of the account, and, once that is committed, its deactivation, so
 * that the person is signed out at once rather than when their session expires.
 *
 * <p>When what the account may do changes ({@link AccountAccessChanged}: roles, department, status,
 * council seats), each of its sessions signed in with a password is given the roles as they are
 * now, so a removed role is gone on the next request and an added one is there without signing in
 * again. Sessions that cannot be refreshed here (signed in through OIDC) and those of an account
 * that can no longer sign in are ended.
 */
@Component
class SignedInSessions {

  private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
  private final Accounts accounts;
  private final Roles roles;
  private final AccountIdentities identities;

  SignedInSessions(
      ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
      Accounts accounts,
      Roles roles,
      AccountIdentities identities) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.roles = roles;
    this.identities = identities;
  }

  /**
   * The names the account's sessions are filed under: its e-mail address, and the subject of each
   * linked OIDC identity (a MitID broker's sign-in carries no address).
   */
  private List<String> principalNames(Account account) {
    List<String> names = new ArrayList<>();
    names.add(account.getEmail());
    names.addAll(identities.subjectsOf(account.getId()));
    return names;
  }

  /**
   * @param principalName the name the person signed in with (their e-mail address)
   * @param keepSessionId a session to leave signed in, or null
   */
  void endAll(String principalName, String keepSessionId) {
    FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
    if (repository == null || principalName == null) {
      return;
    }
    repository.findByPrincipalName(principalName).keySet().stream()
        .filter(id -> !id.equals(keepSessionId))
        .forEach(repository::deleteById);
  }

  @TransactionalEventListener
  void on(AccountDeactivated event) {
    accounts
        .findById(event.accountId())
        .ifPresent(account -> principalNames(account).forEach(name -> endAll(name, null)));
    log.info("Ended the sessions of deactivated account {}", event.accountId());
  }

  @TransactionalEventListener
  void on(AccountAccessChanged event) {
    accounts.findById(event.accountId()).ifPresent(this::refreshAll);
  }

  private void refreshAll(Account account) {
    @SuppressWarnings("unchecked")
    FindByIndexNameSessionRepository<Session> repository =
        (FindByIndexNameSessionRepository<Session>) sessions.getIfAvailable();
    if (repository == null) {
      return;
    }
    Map<String, Session> open = new HashMap<>();
    principalNames(account).forEach(name -> open.putAll(repository.findByPrincipalName(name)));
    int refreshed = 0;
    for (Map.Entry<String, Session> entry : open.entrySet()) {
      Session session = entry.getValue();
      SecurityContext context =
          session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
      if (account.canSignIn()
          && context != null
          && context.getAuthentication() != null
          && context.getAuthentication().getPrincipal() instanceof SignedInAccount signedIn
          && signedIn.accountId() == account.getId()) {
        SignedInAccount fresh =
            new SignedInAccount(
                account.getId(),
                account.getEmail(),
                account.displayName(),
                null,
                roles.of(account));
        UsernamePasswordAuthenticationToken authentication =
            UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        authentication.setDetails(context.getAuthentication().getDetails());
        session.setAttribute(
            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
            new SecurityContextImpl(authentication));
        repository.save(session);
        refreshed++;
      } else {
        repository.deleteById(entry.getKey());
      }
    }
    log.info(
        "Access of account {} changed: {} session(s) refreshed, {} ended",
        account.getId(),
        refreshed,
        open.size() - refreshed);
  }
}
