package dk.samspil.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per typed e-mail address and per client address, in the database so that
 * every instance sees the same counts. After too many failures within the window, the key is locked
 * for a while. Unknown addresses are counted like known ones, so locking reveals nothing.
 */
@Component
class LoginThrottle {

  private final JdbcClient jdbc;
  private final int accountLimit;
  private final int addressLimit;
  private final Duration window;

  LoginThrottle(
      JdbcClient jdbc,
      @Value("${samspil.login.max-failures-per-account:5}") int accountLimit,
      @Value("${samspil.login.max-failures-per-address:30}") int addressLimit,
      @Value("${samspil.login.lock-minutes:15}") int lockMinutes) {
    this.jdbc = jdbc;
    this.accountLimit = accountLimit;
    this.addressLimit = addressLimit;
    this.window = Duration.ofMinutes(lockMinutes);
  }

  /** How long sign-in stays locked for this e-mail or client address; empty if it is not. */
  @Transactional(readOnly = true)
  public Optional<Duration> lockedFor(String email, String address) {
    List<Long> seconds =
        jdbc.sql(
                """
                select ceil(extract(epoch from (locked_until - now())))::bigint from login_throttle
                where throttle_key in (:account, :address) and locked_until > now()
                """)
            .param("account", accountKey(email))
            .param("address", addressKey(address))
            .query(Long.class)
            .list();
    return seconds.stream().max(Long::compare).map(Duration::ofSeconds);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String email, String address) {
    count(accountKey(email), accountLimit);
    count(addressKey(address), addressLimit);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String email) {
    jdbc.sql("delete from login_throttle where throttle_key = ?").param(accountKey(email)).update();
  }

  private void count(String key, int limit) {
    jdbc.sql(
            """
            insert into login_throttle (throttle_key, failures, window_started_at)
            values (:key, 1, now())
            on conflict (throttle_key) do update set
              failures = case when login_throttle.window_started_at < now() - :window * interval '1 second'
                              then 1 else login_throttle.failures + 1 end,
              window_started_at = case when login_throttle.window_started_at < now() - :window * interval '1 second'
                                       then now() else login_throttle.window_started_at end
            """)
        .param("key", key)
        .param("window", window.toSeconds())
        .update();
    jdbc.sql(
            """
            update login_throttle set locked_until = now() + :window * interval '1 second'
            where throttle_key = :key and failures >= :limit
              and (locked_until is null or locked_until < now())
            """)
        .param("key", key)
        .param("window", window.toSeconds())
        .param("limit", limit)
        .update();
  }

  private static String accountKey(String email) {
    return "account:" + Account.normalise(email == null ? "" : email);
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }
}
