package dk.samspil.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background job that sends the outbox. Each run claims due mails with {@code select … for
 * update skip locked} in its own transaction, so several instances of Samspil on one database never
 * send the same mail twice. A failed attempt is retried with exponential back-off; after the last
 * attempt the mail is marked failed and kept. Without an SMTP server ({@code spring.mail.host}
 * blank) nothing is attempted: mail is marked kept, for administrators to read.
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

  @Autowired
  OutboxSender(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      ObjectProvider<JavaMailSender> mailSender,
      @Value("${spring.mail.host:}") String mailHost,
      OutboxProperties properties) {
    this(jdbc, transactions, chooseMailSender(mailHost, mailSender), properties, Clock.systemUTC());
  }

  /**
   * @param mailSender where to send, or null to keep every mail unsent (no SMTP server)
   */
  OutboxSender(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      JavaMailSender mailSender,
      OutboxProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
  }

  /** The mail sender to use: none when no SMTP host is configured, whatever beans exist. */
  static JavaMailSender chooseMailSender(String mailHost, ObjectProvider<JavaMailSender> senders) {
    return mailHost == null || mailHost.isBlank() ? null : senders.getIfAvailable();
  }

  /** Whether mail is sent at all; if not, it is kept. */
  boolean sends() {
    return mailSender != null;
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
   * One run: claims up to {@code batch-size} due mails and sends (or keeps) them.
   *
   * @return how many mails this run handled
   */
  int sendDue() {
    Integer handled = transaction.execute(status -> sendClaimed(claim()));
    return handled == null ? 0 : handled;
  }

  private List<Claimed> claim() {
    return jdbc.sql(
            """
            select id, recipient, subject, body, attempts from outbox_mail
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked
            """)
        .param("now", at(clock.instant()))
        .param("limit", properties.batchSize())
        .query(
            (rs, row) ->
                new Claimed(
                    rs.getLong("id"),
                    rs.getString("recipient"),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getInt("attempts")))
        .list();
  }

  private int sendClaimed(List<Claimed> mails) {
    for (Claimed mail : mails) {
      if (mailSender == null) {
        jdbc.sql("update outbox_mail set status = 'KEPT' where id = ?").param(mail.id()).update();
        continue;
      }
      try {
        mailSender.send(message(mail));
        jdbc.sql(
                """
                update outbox_mail set status = 'SENT', attempts = attempts + 1, sent_at = :now,
                  last_error = null where id = :id
                """)
            .param("now", at(clock.instant()))
            .param("id", mail.id())
            .update();
      } catch (RuntimeException e) {
        failed(mail, e);
      }
    }
    return mails.size();
  }

  private void failed(Claimed mail, RuntimeException e) {
    int attempts = mail.attempts() + 1;
    boolean last = attempts >= properties.maxAttempts();
    Instant next = clock.instant().plus(properties.backOff(attempts));
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

  private record Claimed(long id, String recipient, String subject, String body, int attempts) {}
}
