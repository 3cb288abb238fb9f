package dk.samspil.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of a deactivated account, so that the person is signed out at once rather than
 * when their session expires. Sessions are found by principal name, which is the e-mail.
 */
@Component
class SessionTerminator {

  private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

  SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
    this.sessions = sessions;
  }

  @TransactionalEventListener
  void on(AccountDeactivated event) {
    FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
    if (repository == null) {
      return;
    }
    var found = repository.findByPrincipalName(event.email());
    found.keySet().forEach(repository::deleteById);
    log.info("Ended {} session(s) of deactivated account {}", found.size(), event.accountId());
  }
}
