package dk.samspil.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions on every device (they live in the database): after a password reset, a
 * password change (except the current session) and the deletion of the account.
 */
@Component
class SignedInSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

  SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
    this.sessions = sessions;
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
}
