package dk.samspil.notification;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way to send e-mail. {@link #enqueue} stores the mail in the caller's transaction, so a mail
 * exists exactly when the change it tells about was committed; sending happens afterwards. Event
 * listeners, which run after the commit and may run again after a crash, use {@link #enqueueOnce}.
 */
@Service
public class Outbox {

  /** What remains of a mail to a person who has deleted their account. */
  public static final String FORGOTTEN_TEXT = "(Slettet: modtageren har slettet sin konto.)";

  /**
   * The insert of one mail, with its id taken first so that its Message-ID can name it: {@code
   * <outbox-{id}.{random}@{host}>}, the same for every attempt.
   */
  private static final String INSERT =
      """
      with next as (select nextval(pg_get_serial_sequence('outbox_mail', 'id')) as id)
      insert into outbox_mail (id, message_id, once_key, recipient, subject, body, status)
      select id, '<outbox-' || id || '.' || :random || '@' || :host || '>', :key, :recipient,
        :subject, :body, 'PENDING' from next
      """;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final String host;

  @Autowired
  Outbox(JdbcClient jdbc, @Value("${samspil.base-url:http://localhost}") String baseUrl) {
    this.jdbc = jdbc;
    this.host = hostOf(baseUrl);
  }

  /** The host of Samspil's address: the right-hand side of every Message-ID. */
  static String hostOf(String baseUrl) {
    try {
      String host = URI.create(baseUrl.strip()).getHost();
      return host == null || host.isBlank() ? "localhost" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notAnAddress) {
      return "localhost";
    }
  }

  /** Queues a plain-text e-mail, in the caller's transaction. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void enqueue(String recipient, String subject, String body) {
    insert(null, recipient, subject, body, "");
  }

  private int insert(String key, String recipient, String subject, String body, String suffix) {
    return jdbc.sql(INSERT + suffix)
        .param("random", HexFormat.of().formatHex(randomBytes()))
        .param("host", host)
        .param("key", key)
        .param("recipient", recipient)
        .param("subject", subject)
        .param("body", body)
        .update();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /**
   * Queues a plain-text e-mail unless a mail with the same key was queued before: what an event
   * listener uses, so that running it twice (after a crash, or a resubmitted publication) sends one
   * mail. The key names the event and the recipient by ids, e.g. {@code
   * process-published:12:account:7}; never an address, which would outlive the person's deletion.
   *
   * @return whether the mail was queued now (false: it had been already)
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public boolean enqueueOnce(String key, String recipient, String subject, String body) {
    return insert(key, recipient, subject, body, " on conflict (once_key) do nothing") == 1;
  }

  /** The mails to these addresses (case-insensitive), newest first: part of a person's data. */
  @Transactional(readOnly = true)
  public List<OutboxMail> mailsTo(Collection<String> addresses) {
    List<String> lower = lower(addresses);
    if (lower.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id, recipient, subject, body, status, attempts, next_attempt_at, last_error,"
                + " created_at, sent_at from outbox_mail where lower(recipient) in (:addresses)"
                + " order by created_at desc, id desc")
        .param("addresses", lower)
        .query(Outbox::mail)
        .list();
  }

  /**
   * The mails queued with these {@link #enqueueOnce} keys, by key, in one query: how a module finds
   * the mails it sent about something without keeping their ids.
   */
  @Transactional(readOnly = true)
  public Map<String, OutboxMail> mailsWithKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<String, OutboxMail> found = new HashMap<>();
    jdbc.sql(
            "select once_key, id, recipient, subject, body, status, attempts, next_attempt_at,"
                + " last_error, created_at, sent_at from outbox_mail where once_key in (:keys)")
        .param("keys", Set.copyOf(keys))
        .query((rs, row) -> found.put(rs.getString("once_key"), mail(rs, row)))
        .list();
    return found;
  }

  /**
   * Removes a person from the outbox when they delete their account: the mails to their addresses
   * keep their subject and dates, but the recipient becomes {@code replacement} and the text is
   * removed. Mails not (yet) sent are never sent (status KEPT).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void forgetRecipient(Collection<String> addresses, String replacement) {
    List<String> lower = lower(addresses);
    if (lower.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update outbox_mail set recipient = :replacement, body = :text, last_error = null,
              status = case when status in ('PENDING', 'FAILED') then 'KEPT' else status end
            where lower(recipient) in (:addresses)
            """)
        .param("replacement", replacement)
        .param("text", FORGOTTEN_TEXT)
        .param("addresses", lower)
        .update();
  }

  private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
    return new OutboxMail(
        rs.getLong("id"),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body"),
        MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getTimestamp("next_attempt_at").toInstant(),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());
  }

  private static List<String> lower(Collection<String> addresses) {
    return addresses.stream()
        .filter(address -> address != null && !address.isBlank())
        .map(address -> address.strip().toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }
}
