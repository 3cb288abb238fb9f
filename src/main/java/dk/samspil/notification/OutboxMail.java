package dk.samspil.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One mail in the outbox, as administrators see it on "Sendt post". */
public record OutboxMail(
    long id,
    String recipient,
    String subject,
    String body,
    MailStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt) {

  private static final DateTimeFormatter DANISH_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Copenhagen"));

  public boolean failed() {
    return status == MailStatus.FAILED;
  }

  /** The last error shortened for the list; the detail page shows all of it. */
  public String shortError() {
    if (lastError == null || lastError.length() <= 120) {
      return lastError;
    }
    return lastError.substring(0, 119) + "…";
  }

  /** A time as Danish local time, or null. */
  public static String format(Instant time) {
    return time == null ? null : DANISH_TIME.format(time);
  }
}
