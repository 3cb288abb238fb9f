package dk.samspil.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** OpenID Connect identities (registration id + subject) linked to accounts. */
@Component
class AccountIdentities {

  private final JdbcClient jdbc;

  AccountIdentities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Long> accountOf(String provider, String subject) {
    return jdbc.sql("select account_id from account_identity where provider = ? and subject = ?")
        .params(provider, subject)
        .query(Long.class)
        .optional();
  }

  /**
   * The subjects of the account's identities: the principal names of its sessions without e-mail.
   */
  List<String> subjectsOf(long accountId) {
    return jdbc.sql("select subject from account_identity where account_id = ?")
        .param(accountId)
        .query(String.class)
        .list();
  }

  /** Links the identity to the account; an identity already linked keeps its account. */
  void link(String provider, String subject, long accountId) {
    jdbc.sql(
            "insert into account_identity (provider, subject, account_id) values (?, ?, ?)"
                + " on conflict (provider, subject) do nothing")
        .params(provider, subject, accountId)
        .update();
  }

  /** Records a sign-in of the identity with the assurance level the provider reported (or null). */
  void signedIn(String provider, String subject, String assuranceLevel, Instant at) {
    jdbc.sql(
            "update account_identity set last_assurance_level = ?, last_signed_in_at = ?"
                + " where provider = ? and subject = ?")
        .params(assuranceLevel, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), provider, subject)
        .update();
  }

  /** The account's most recent sign-in that reported an assurance level. */
  Optional<AssuranceLevel> latestAssuranceLevel(long accountId) {
    return jdbc.sql(
            "select provider, last_assurance_level, last_signed_in_at from account_identity"
                + " where account_id = ? and last_assurance_level is not null"
                + " order by last_signed_in_at desc limit 1")
        .param(accountId)
        .query(
            (rs, row) ->
                new AssuranceLevel(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant()))
        .optional();
  }
}
