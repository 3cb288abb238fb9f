package dk.samspil.account;

import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account invitation's link: a single-use link to {@code /invitation}, where an invited person
 * chooses a password. In the caller's transaction, so that the link and its mail (queued in the
 * outbox) exist exactly when the invitation does.
 */
@Component
class AccountInvitations {

  private final AccountTokens tokens;
  private final AccountMails mails;
  private final ApplicationEventPublisher events;

  AccountInvitations(AccountTokens tokens, AccountMails mails, ApplicationEventPublisher events) {
    this.tokens = tokens;
    this.mails = mails;
    this.events = events;
  }

  /**
   * Sends the invited account a new link (earlier open links stop working) and records the
   * invitation in the audit log.
   *
   * @param before the account as it was before this invitation, for the audit log
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void send(Account account, String context, Map<String, Object> before) {
    Instant now = Instant.now();
    tokens.spendAll(account.getId(), TokenPurpose.INVITATION, now);
    AccountToken.Issued issued = AccountToken.issue(account.getId(), TokenPurpose.INVITATION, now);
    tokens.save(issued.stored());
    mails.invitation(account, issued.secret(), context);
    events.publishEvent(account.audited("invited", before));
  }

  /** Spends the account's open invitation links, e.g. when it is deactivated or activated. */
  @Transactional(propagation = Propagation.MANDATORY)
  void withdraw(Account account) {
    tokens.spendAll(account.getId(), TokenPurpose.INVITATION, Instant.now());
  }
}
