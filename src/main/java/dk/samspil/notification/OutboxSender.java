package dk.samspil.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background job that sends the outbox. Each mail is claimed with {@code select … for update
 * skip locked}, sent and marked sent in a transaction of its own, so several instances of Samspil
 * on one database never send the same mail twice, and a crash repeats at most the one mail in
 * flight (with the same Message-ID, by which the receiver can drop the duplicate). A failed attempt
 * is retried with capped exponential back-off for {@code give-up-after}; then the mail is marked
 * failed and kept, and {@link MailFailed} tells the administrators. Without an SMTP server ({@code
 * spring.mail.host} blank) nothing is attempted: mail is marked kept, for administrators to read.
 * Once sent, the kept text loses its secret links ({@link SecretLinks}).
 */
@Component
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int MAX_ERROR_LENGTH = 4000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final JavaMailSender mailSender;
  private final OutboxProperties properties;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final String removedLink;
  private final String hiddenLink;

  @Autowired
  OutboxSender(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      ObjectProvider<JavaMailSender> mailSender,
      @Value("${spring.mail.host:}") String mailHost,
      OutboxProperties properties,
      Clock clock,
      ApplicationEventPublisher events,
      MessageSource messages) {
    this(
        jdbc,
        transactions,
        chooseMailSender(mailHost, mailSender),
        properties,
        clock,
        events,
        messages.getMessage("mail.link.removed", null, Locale.forLanguageTag("da")),
        messages.getMessage("mail.link.hidden", null, Locale.forLanguageTag("da")));
  }

  /**
   * @param mailSender where to send, or null to keep every mail unsent (no SMTP server)
   * @param removedLink what replaces a secret link in the kept text of a sent mail
   * @param hiddenLink what replaces a secret link when a mail not yet sent is shown
   */
  OutboxSender(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      JavaMailSender mailSender,
      OutboxProperties properties,
      Clock clock,
      ApplicationEventPublisher events,
      String removedLink,
      String hiddenLink) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
    this.events = events;
    this.removedLink = removedLink;
    this.hiddenLink = hiddenLink;
  }

  /** The mail sender to use: none when no SMTP host is configured, whatever beans exist. */
  static JavaMailSender chooseMailSender(String mailHost, ObjectProvider<JavaMailSender> senders) {
    return mailHost == null || mailHost.isBlank() ? null : senders.getIfAvailable();
  }

  /** Whether mail is sent at all; if not, it is kept. */
  boolean sends() {
    return mailSender != null;
  }

  /**
   * The text as "Sendt post" may show it while Samspil sends mail: without its secret links. The
   * kept text of a sent mail has lost them already (and says so); a waiting or failed mail's are
   * hidden, and the note says that they are not removed, only not shown.
   */
  String shown(String body) {
    return sends() ? SecretLinks.mask(body, hiddenLink) : body;
  }

  @Scheduled(
      initialDelayString = "${samspil.mail.delay:10s}",
      fixedDelayString = "${samspil.mail.delay:10s}")
  void run() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      // e.g. the database is briefly unreachable; the next run tries again
      log.warn("Sending the outbox failed: {}", e.toString());
    }
  }

  /**
   * One run: sends (or keeps) up to {@code batch-size} due mails, each in its own transaction.
   *
   * @return how many mails this run handled
   */
  int sendDue() {
    int handled = 0;
    while (handled < properties.batchSize()
        && Boolean.TRUE.equals(transaction.execute(status -> sendNext()))) {
      handled++;
    }
    return handled;
  }

  /** Claims the next due mail and sends it; false if none is due. */
  private boolean sendNext() {
    Optional<Claimed> claimed =
        jdbc.sql(
                """
                select id, message_id, once_key, recipient, subject, body, attempts, created_at
                from outbox_mail
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id
                limit 1
                for update skip locked
                """)
            .param("now", at(clock.instant()))
            .query(
                (rs, row) ->
                    new Claimed(
                        rs.getLong("id"),
                        rs.getString("message_id"),
                        rs.getString("once_key"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant()))
            .optional();
    if (claimed.isEmpty()) {
      return false;
    }
    Claimed mail = claimed.get();
    if (mailSender == null) {
      jdbc.sql("update outbox_mail set status = 'KEPT' where id = ?").param(mail.id()).update();
      return true;
    }
    try {
      mailSender.send(message(mail));
    } catch (RuntimeException e) {
      failed(mail, e);
      return true;
    }
    jdbc.sql(
            """
            update outbox_mail set status = 'SENT', attempts = attempts + 1, sent_at = :now,
              last_error = null, body = :body where id = :id
            """)
        .param("now", at(clock.instant()))
        .param("body", SecretLinks.mask(mail.body(), removedLink))
        .param("id", mail.id())
        .update();
    return true;
  }

  private void failed(Claimed mail, RuntimeException e) {
    int attempts = mail.attempts() + 1;
    Instant now = clock.instant();
    Instant giveUp = mail.createdAt().plus(properties.giveUpAfter());
    boolean last = !now.isBefore(giveUp);
    Instant next = now.plus(properties.backOff(attempts));
    if (next.isAfter(giveUp) && !last) {
      // the last attempt at the end of the period, not a whole back-off after it
      next = giveUp;
    }
    jdbc.sql(
            """
            update outbox_mail set attempts = :attempts, last_error = :error,
              status = :status, next_attempt_at = :next where id = :id
            """)
        .param("attempts", attempts)
        .param("error", describe(e))
        .param("status", last ? MailStatus.FAILED.name() : MailStatus.PENDING.name())
        .param("next", at(next))
        .param("id", mail.id())
        .update();
    if (last) {
      log.warn(
          "Mail {} failed for the last time ({} attempts): {}", mail.id(), attempts, e.toString());
      if (!FailedMailAlert.isAlert(mail.onceKey())) {
        // persisted with this transaction; never about an alert itself, which would alert forever
        events.publishEvent(new MailFailed(mail.id(), mail.subject(), now));
      }
    } else {
      log.info(
          "Mail {} failed (attempt {}), next attempt at {}: {}",
          mail.id(),
          attempts,
          next,
          e.toString());
    }
  }

  private jakarta.mail.internet.MimeMessage message(Claimed mail) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      var helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(mail.recipient());
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      message.setHeader("Auto-Submitted", "auto-generated");
      // kept by JavaMailSenderImpl through saveChanges(); the same for every attempt
      message.setHeader("Message-ID", mail.messageId());
    } catch (jakarta.mail.MessagingException e) {
      throw new org.springframework.mail.MailPreparationException(e);
    }
    return message;
  }

  /** The error with its causes, as an administrator needs it to find out what went wrong. */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append("\n← ");
      }
      text.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage().strip());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.length() <= MAX_ERROR_LENGTH
        ? text.toString()
        : text.substring(0, MAX_ERROR_LENGTH);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private record Claimed(
      long id,
      String messageId,
      String onceKey,
      String recipient,
      String subject,
      String body,
      int attempts,
      Instant createdAt) {}
}
