package dk.samspil.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox on "Sendt post", and the retry of a failed mail. */
@Service
@Transactional(readOnly = true)
public class OutboxManagement {

  private static final String COLUMNS =
      "id, recipient, subject, body, status, attempts, next_attempt_at, last_error, created_at,"
          + " sent_at";

  private final JdbcClient jdbc;
  private final OutboxSender sender;

  OutboxManagement(JdbcClient jdbc, OutboxSender sender) {
    this.jdbc = jdbc;
    this.sender = sender;
  }

  /** A page of mails, newest first; {@code status} null for all. */
  public List<OutboxMail> find(MailStatus status, int page, int size) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from outbox_mail where (cast(:status as varchar) is null or status = :status)"
                + " order by created_at desc, id desc limit :limit offset :offset")
        .param("status", status == null ? null : status.name())
        .param("limit", size)
        .param("offset", (long) page * size)
        .query(OutboxManagement::mail)
        .list()
        .stream()
        .map(this::shown)
        .toList();
  }

  public long count(MailStatus status) {
    return jdbc.sql(
            "select count(*) from outbox_mail"
                + " where (cast(:status as varchar) is null or status = :status)")
        .param("status", status == null ? null : status.name())
        .query(Long.class)
        .single();
  }

  public Optional<OutboxMail> mail(long id) {
    return jdbc.sql("select " + COLUMNS + " from outbox_mail where id = ?")
        .param(id)
        .query(OutboxManagement::mail)
        .optional()
        .map(this::shown);
  }

  /**
   * The mail without its secret links while Samspil sends mail (a sent mail's stored text has lost
   * them already; a waiting or failed one's must not be read here either). Only when nothing is
   * sent, in the demonstration, is the whole text shown: it is the only way to follow a link.
   */
  private OutboxMail shown(OutboxMail mail) {
    return new OutboxMail(
        mail.id(),
        mail.recipient(),
        mail.subject(),
        sender.shown(mail.body()),
        mail.status(),
        mail.attempts(),
        mail.nextAttemptAt(),
        mail.lastError(),
        mail.createdAt(),
        mail.sentAt());
  }

  /** Whether Samspil sends mail at all (an SMTP server is configured). */
  public boolean sends() {
    return sender.sends();
  }

  /**
   * Gives a failed mail one more attempt, as soon as the job runs next. Its retry period is over,
   * so if this attempt fails too, the mail is failed again at once.
   *
   * @return false if the mail is not failed (anymore)
   */
  @Transactional
  public boolean retry(long id) {
    return jdbc.sql(
                "update outbox_mail set status = 'PENDING', next_attempt_at = now()"
                    + " where id = ? and status = 'FAILED'")
            .param(id)
            .update()
        == 1;
  }

  private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
    return new OutboxMail(
        rs.getLong("id"),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body"),
        MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("next_attempt_at")),
        rs.getString("last_error"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
