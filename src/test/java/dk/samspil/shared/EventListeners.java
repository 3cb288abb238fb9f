package dk.samspil.shared;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a test wait for the event listeners that run after a commit (mails, for example), instead of
 * for some time: it waits until the event publication registry holds no publication that is still
 * to be processed. Failed ones do not count; a test that causes one fails on what is missing.
 */
@Component
public class EventListeners {

  private final JdbcClient jdbc;

  EventListeners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns once every listener of every event published so far has finished. */
  public void awaitCompletion() {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> outstanding() == 0);
  }

  private long outstanding() {
    return jdbc.sql(
            "select count(*) from event_publication where completion_date is null"
                + " and coalesce(status, 'PUBLISHED') <> 'FAILED'")
        .query(Long.class)
        .single();
  }
}
