package dk.samspil.account;

import dk.samspil.shared.SamspilPrincipal;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records when an account last signed in. */
@Component
class SignInListener {

  private final Accounts accounts;

  SignInListener(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  @Transactional
  void on(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof SamspilPrincipal principal) {
      accounts
          .findById(principal.accountId())
          .ifPresent(account -> account.signedIn(Instant.now()));
    }
  }
}
