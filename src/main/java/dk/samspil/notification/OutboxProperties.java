package dk.samspil.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends e-mail. Whether it sends at all depends on {@code spring.mail.host}: without
 * an SMTP server, mail is kept for administrators to read on "Sendt post".
 *
 * @param from the sender address of every mail
 * @param delay the pause between two runs of the sending job
 * @param batchSize the most mails one run claims
 * @param maxAttempts after this many failed attempts a mail is marked failed (and kept)
 * @param firstRetry the wait after the first failure; it doubles after every further failure
 */
@ConfigurationProperties("samspil.mail")
public record OutboxProperties(
    @DefaultValue("samspil@localhost") String from,
    @DefaultValue("10s") Duration delay,
    @DefaultValue("20") int batchSize,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("1m") Duration firstRetry) {

  public OutboxProperties {
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("samspil.mail.batch-size and max-attempts must be >= 1");
    }
  }

  /**
   * The wait before the next attempt after {@code failures} failed attempts (1, 2, 4, 8… × first).
   */
  Duration backOff(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 20);
    return firstRetry.multipliedBy(1L << doublings);
  }
}
