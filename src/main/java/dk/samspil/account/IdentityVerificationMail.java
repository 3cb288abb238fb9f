package dk.samspil.account;

import dk.samspil.shared.SecretTokens;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the single-use link that proves the address a person signed in without an e-mail chose.
 * Issues the token here (only its hash is stored) in the same transaction as the queued mail, so a
 * replayed event neither sends a second mail nor replaces the first mail's working link.
 */
@Component
class IdentityVerificationMail {

  private final PendingIdentities pending;
  private final AccountMails mails;

  IdentityVerificationMail(PendingIdentities pending, AccountMails mails) {
    this.pending = pending;
    this.mails = mails;
  }

  @ApplicationModuleListener
  void on(IdentityEmailChosen event) {
    String token = SecretTokens.newSecret();
    String key = "identity-email:" + event.pendingId() + ":" + event.at().toEpochMilli();
    if (mails.identityVerification(key, event.email(), token)) {
      Instant expiresAt = event.at().plus(IdentityVerification.LIFETIME);
      pending.issue(event.pendingId(), event.email(), SecretTokens.hash(token), expiresAt);
    }
  }
}
