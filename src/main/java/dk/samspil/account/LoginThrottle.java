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
 * Slows down guessing of passwords without letting anyone lock an account out (OWASP authentication
 * cheat sheet). Failed sign-ins are counted, in the database so that every instance sees the same
 * counts, per typed address <em>and</em> client address, per client address, and per typed address
 * from all clients together. Past a key's limit, each further failure makes the next attempt wait
 * twice as long (1 s, 2 s, 4 s … up to {@code samspil.login.max-delay}); there is no hard lock. A
 * {@linkplain KnownDevices known device} of the account is held back only by its own failures, so
 * someone guessing elsewhere cannot keep the owner out. Unknown addresses are counted like known
 * ones, so the delay reveals nothing. Counts are forgotten after {@code samspil.login.forget-after}
 * without failures, and rows are deleted by {@link LoginRetention}.
 */
@Component
class LoginThrottle {

  private final JdbcClient jdbc;
  private final int pairLimit;
  private final int addressLimit;
  private final int accountLimit;
  private final Duration maxDelay;
  private final Duration forgetAfter;

  LoginThrottle(
      JdbcClient jdbc,
      @Value("${samspil.login.max-failures-per-account:5}") int pairLimit,
      @Value("${samspil.login.max-failures-per-address:30}") int addressLimit,
      @Value("${samspil.login.max-failures-per-account-all-clients:20}") int accountLimit,
      @Value("${samspil.login.max-delay:15m}") Duration maxDelay,
      @Value("${samspil.login.forget-after:1h}") Duration forgetAfter) {
    this.jdbc = jdbc;
    this.pairLimit = pairLimit;
    this.addressLimit = addressLimit;
    this.accountLimit = accountLimit;
    this.maxDelay = maxDelay;
    this.forgetAfter = forgetAfter;
  }

  /**
   * How long the next sign-in must wait; empty if it need not.
   *
   * @param device the hash of a known device of the account, or null
   */
  @Transactional(readOnly = true)
  public Optional<Duration> lockedFor(String email, String address, String device) {
    List<String> keys =
        device != null
            ? List.of(deviceKey(device))
            : List.of(pairKey(email, address), addressKey(address), accountKey(email));
    List<Long> seconds =
        jdbc.sql(
                """
                select ceil(extract(epoch from (locked_until - now())))::bigint from login_throttle
                where throttle_key in (:keys) and locked_until > now()
                """)
            .param("keys", keys)
            .query(Long.class)
            .list();
    return seconds.stream().max(Long::compare).map(Duration::ofSeconds);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String email, String address, String device) {
    if (device != null) {
      count(deviceKey(device), pairLimit);
      return;
    }
    count(pairKey(email, address), pairLimit);
    count(addressKey(address), addressLimit);
    count(accountKey(email), accountLimit);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String email, String address, String device) {
    jdbc.sql("delete from login_throttle where throttle_key in (:keys)")
        .param(
            "keys",
            device == null
                ? List.of(pairKey(email, address))
                : List.of(pairKey(email, address), deviceKey(device)))
        .update();
  }

  private void count(String key, int limit) {
    jdbc.sql(
            """
            insert into login_throttle (throttle_key, failures, window_started_at)
            values (:key, 1, now())
            on conflict (throttle_key) do update set
              failures = case when login_throttle.window_started_at < now() - :forget * interval '1 second'
                              then 1 else login_throttle.failures + 1 end,
              window_started_at = now()
            """)
        .param("key", key)
        .param("forget", forgetAfter.toSeconds())
        .update();
    // from the limit on: 1 s, then twice as long after each further failure, up to the cap
    jdbc.sql(
            """
            update login_throttle set locked_until = now()
              + least(:cap, power(2, least(failures - :limit, 30))) * interval '1 second'
            where throttle_key = :key and failures >= :limit
            """)
        .param("key", key)
        .param("cap", maxDelay.toSeconds())
        .param("limit", limit)
        .update();
  }

  private static String normal(String email) {
    return Account.normalise(email == null ? "" : email);
  }

  private static String pairKey(String email, String address) {
    return "pair:" + normal(email) + "|" + (address == null ? "unknown" : address);
  }

  private static String accountKey(String email) {
    return "account:" + normal(email);
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }

  private static String deviceKey(String device) {
    return "device:" + device;
  }
}
