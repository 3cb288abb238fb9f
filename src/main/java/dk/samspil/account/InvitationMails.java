package dk.samspil.account;

import dk.samspil.notification.Outbox;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails an invitation: a single-use link to choose a password for an invited account, or, for an
 * active account, a note that it has been given access. In the caller's transaction, through the
 * outbox, so the mail exists exactly when the invitation does.
 */
@Component
class InvitationMails {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  private final AccountTokens tokens;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  InvitationMails(
      AccountTokens tokens,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url:http://localhost:8080}") String baseUrl) {
    this.tokens = tokens;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** Sends a fresh invitation link; earlier open links of the account stop working. */
  @Transactional(propagation = Propagation.MANDATORY)
  void sendInvitation(Account account, String context) {
    Instant now = Instant.now();
    tokens.spendAll(account.getId(), TokenPurpose.INVITATION, now);
    AccountToken.Issued issued = AccountToken.issue(account.getId(), TokenPurpose.INVITATION, now);
    tokens.save(issued.stored());
    String link = baseUrl + "/invitation?token=" + issued.secret();
    outbox.enqueue(
        account.mailAddress(),
        messages.getMessage("mail.invitation.subject", new Object[] {context}, DANISH),
        messages.getMessage(
            "mail.invitation.body",
            new Object[] {context, link, TokenPurpose.INVITATION.lifetime().toDays()},
            DANISH));
  }

  /** Tells an active account that it has been given access. */
  @Transactional(propagation = Propagation.MANDATORY)
  void sendAccessGiven(Account account, String context) {
    outbox.enqueue(
        account.mailAddress(),
        messages.getMessage("mail.added.subject", new Object[] {context}, DANISH),
        messages.getMessage("mail.added.body", new Object[] {context, baseUrl + "/login"}, DANISH));
  }

  /** Spends the account's open invitation links, e.g. when it is deactivated. */
  @Transactional(propagation = Propagation.MANDATORY)
  void withdraw(Account account) {
    tokens.spendAll(account.getId(), TokenPurpose.INVITATION, Instant.now());
  }
}
