package dk.samspil.account;

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

  /** Links the identity to the account; an identity already linked keeps its account. */
  void link(String provider, String subject, long accountId) {
    jdbc.sql(
            "insert into account_identity (provider, subject, account_id) values (?, ?, ?)"
                + " on conflict (provider, subject) do nothing")
        .params(provider, subject, accountId)
        .update();
  }
}
