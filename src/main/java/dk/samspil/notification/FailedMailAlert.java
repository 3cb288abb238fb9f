package dk.samspil.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the administrators when the outbox has given up a mail: one notice a day per administrator
 * however many mails fail that day (the notice points to the failed mails on "Sendt post"). A
 * notice that itself fails is shown on "Sendt post" but never alerted about.
 */
@Component
class FailedMailAlert {

  /** The start of every notice's once-key: how the outbox knows a notice from other mail. */
  static final String KEY_PREFIX = "mail-failed:";

  private static final Locale DANISH = Locale.forLanguageTag("da");

  private final Outbox outbox;
  private final List<MailAlertRecipients> recipients;
  private final MessageSource messages;
  private final Clock clock;
  private final String baseUrl;

  FailedMailAlert(
      Outbox outbox,
      List<MailAlertRecipients> recipients,
      MessageSource messages,
      Clock clock,
      @Value("${samspil.base-url}") String baseUrl) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.messages = messages;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  static boolean isAlert(String onceKey) {
    return onceKey != null && onceKey.startsWith(KEY_PREFIX);
  }

  @ApplicationModuleListener
  void on(MailFailed event) {
    LocalDate day = LocalDate.ofInstant(event.failedAt(), clock.getZone());
    String subject = messages.getMessage("mail.alert.subject", null, DANISH);
    String body =
        messages.getMessage(
            "mail.alert.body",
            new Object[] {event.subject(), baseUrl + "/admin/post?status=FAILED"},
            DANISH);
    for (MailAlertRecipients module : recipients) {
      for (MailAlertRecipients.Mailbox mailbox : module.mailboxes()) {
        outbox.enqueueOnce(
            KEY_PREFIX + day + ":" + mailbox.key(), mailbox.address(), subject, body);
      }
    }
  }
}
