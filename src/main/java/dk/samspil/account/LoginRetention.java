package dk.samspil.account;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what failed sign-ins left behind (the typed e-mail addresses and client addresses in the
 * throttle's counts) once they are older than {@code samspil.login.retention} (default 90 days),
 * unless a delay they impose is still running.
 */
@Component
class LoginRetention {

  private static final Logger log = LoggerFactory.getLogger(LoginRetention.class);

  private final JdbcClient jdbc;
  private final Duration retention;

  LoginRetention(JdbcClient jdbc, @Value("${samspil.login.retention:90d}") Duration retention) {
    this.jdbc = jdbc;
    this.retention = retention;
  }

  @Scheduled(
      initialDelayString = "${samspil.login.retention-job.initial-delay:2m}",
      fixedDelayString = "${samspil.login.retention-job.delay:1h}")
  void run() {
    try {
      int deleted = deleteExpired();
      if (deleted > 0) {
        log.info("Deleted {} sign-in records older than {}", deleted, retention);
      }
    } catch (RuntimeException e) {
      log.warn("Deleting old sign-in records failed: {}", e.toString());
    }
  }

  /** Deletes the records past the retention period; returns how many. */
  @Transactional
  public int deleteExpired() {
    return jdbc.sql(
            """
            delete from login_throttle
            where window_started_at < now() - :seconds * interval '1 second'
              and (locked_until is null or locked_until < now())
            """)
        .param("seconds", retention.toSeconds())
        .update();
  }
}
