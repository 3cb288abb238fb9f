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
