package dk.samspil.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a person's sessions on every device (they live in the database, found by principal name,
 * which is the e-mail address): after a password reset, a password change (except the session it
 * was changed in), the deletion of the account, and, once that is committed, its deactivation, so
 * that the person is signed out at once rather than when their session expires.
 */
@Component
class SignedInSessions {

  private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
  private final Accounts accounts;

  SignedInSessions(
      ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Accounts accounts) {
    this.sessions = sessions;
    this.accounts = accounts;
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
    accounts.findById(event.accountId()).ifPresent(account -> endAll(account.getEmail(), null));
    log.info("Ended the sessions of deactivated account {}", event.accountId());
  }
}
