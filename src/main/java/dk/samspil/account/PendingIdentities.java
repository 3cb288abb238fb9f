package dk.samspil.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Identities that signed in for the first time without an e-mail address, until the person has
 * proved one ({@code pending_identity}). One per registration and subject.
 */
@Component
class PendingIdentities {

  record Pending(
      long id,
      String provider,
      String subject,
      String name,
      String loa,
      String email,
      Instant expiresAt,
      Instant usedAt) {}

  private static final String COLUMNS =
      "id, provider, subject, name, loa, email, expires_at, used_at";

  private static final RowMapper<Pending> ROW =
      (rs, row) ->
          new Pending(
              rs.getLong("id"),
              rs.getString("provider"),
              rs.getString("subject"),
              rs.getString("name"),
              rs.getString("loa"),
              rs.getString("email"),
              instant(rs.getObject("expires_at", OffsetDateTime.class)),
              instant(rs.getObject("used_at", OffsetDateTime.class)));

  private final JdbcClient jdbc;

  PendingIdentities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps the identity (or refreshes its name and assurance level) and returns its id. A link
   * already used is forgotten, so a new one can be asked for (the identity's account was deleted).
   */
  long remember(String provider, String subject, String name, String loa) {
    return jdbc.sql(
            """
            insert into pending_identity (provider, subject, name, loa) values (?, ?, ?, ?)
            on conflict (provider, subject) do update set
              name = excluded.name,
              loa = excluded.loa,
              email = case when pending_identity.used_at is null then pending_identity.email end,
              token_hash =
                case when pending_identity.used_at is null then pending_identity.token_hash end,
              expires_at =
                case when pending_identity.used_at is null then pending_identity.expires_at end,
              used_at = null
            returning id
            """)
        .params(provider, subject, name, loa)
        .query(Long.class)
        .single();
  }

  Optional<Pending> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from pending_identity where id = ?")
        .param(id)
        .query(ROW)
        .optional();
  }

  /** Locks the identity until the transaction ends, so that two sends are counted one by one. */
  void lockForSending(long id) {
    jdbc.sql("select id from pending_identity where id = ? for update")
        .param(id)
        .query(Long.class)
        .optional();
  }

  /** How many links were sent for the identity since then. */
  int sentFor(long id, Instant since) {
    return jdbc.sql("select count(*) from identity_email_send where pending_id = ? and sent_at > ?")
        .params(id, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
        .query(Integer.class)
        .single();
  }

  /** How many links were sent to the address (whatever its case) since then. */
  int sentTo(String email, Instant since) {
    return jdbc.sql(
            "select count(*) from identity_email_send where lower(email) = lower(?) and sent_at > ?")
        .params(email, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
        .query(Integer.class)
        .single();
  }

  void recordSend(long id, String email, Instant at) {
    jdbc.sql("insert into identity_email_send (pending_id, email, sent_at) values (?, ?, ?)")
        .params(id, email, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  /** The address the person chose; a link sent before stops working. */
  void chooseEmail(long id, String email) {
    jdbc.sql(
            "update pending_identity set email = ?, token_hash = null, expires_at = null"
                + " where id = ? and used_at is null")
        .params(email, id)
        .update();
  }

  /** Stores a new link's token hash, if the address is still the one the link is sent to. */
  boolean issue(long id, String email, String tokenHash, Instant expiresAt) {
    return jdbc.sql(
                "update pending_identity set token_hash = ?, expires_at = ?"
                    + " where id = ? and email = ? and used_at is null")
            .params(tokenHash, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC), id, email)
            .update()
        == 1;
  }

  /** The identity whose link has this token hash, locked until the transaction ends. */
  Optional<Pending> lockByTokenHash(String tokenHash) {
    return jdbc.sql("select " + COLUMNS + " from pending_identity where token_hash = ? for update")
        .param(tokenHash)
        .query(ROW)
        .optional();
  }

  void used(long id, Instant at) {
    jdbc.sql("update pending_identity set used_at = ? where id = ?")
        .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
        .update();
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
