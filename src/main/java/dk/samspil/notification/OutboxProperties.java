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
 * @param batchSize the most mails one run sends
 * @param firstRetry the wait after the first failure; it doubles after every further failure
 * @param maxBackoff the longest wait between two attempts
 * @param giveUpAfter how long after it was queued a mail is still tried; a mail that fails after
 *     this is marked failed (and kept), and the administrators are told
 */
@ConfigurationProperties("samspil.mail")
public record OutboxProperties(
    @DefaultValue("samspil@localhost") String from,
    @DefaultValue("10s") Duration delay,
    @DefaultValue("20") int batchSize,
    @DefaultValue("1m") Duration firstRetry,
    @DefaultValue("6h") Duration maxBackoff,
    @DefaultValue("3d") Duration giveUpAfter) {

  public OutboxProperties {
    if (batchSize < 1) {
      throw new IllegalArgumentException("samspil.mail.batch-size must be >= 1");
    }
    if (firstRetry.isNegative() || maxBackoff.compareTo(firstRetry) < 0) {
      throw new IllegalArgumentException(
          "samspil.mail.first-retry must be >= 0 and max-backoff >= first-retry");
    }
  }

  /**
   * The wait before the next attempt after {@code failures} failed attempts: 1, 2, 4, 8… × first,
   * at most {@code max-backoff}.
   */
  Duration backOff(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration wait = firstRetry.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
