package dk.samspil.notice;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilMailboxes;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notification.Outbox;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the councils a notice concerns about it, with a link to it. */
@Component
class NoticePublishedMail {

  private final NoticeManagement notices;
  private final CouncilManagement councils;
  private final CouncilMailboxes mailboxes;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  NoticePublishedMail(
      NoticeManagement notices,
      CouncilManagement councils,
      CouncilMailboxes mailboxes,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.notices = notices;
    this.councils = councils;
    this.mailboxes = mailboxes;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @ApplicationModuleListener
  void on(NoticePublished event) {
    if (event.replayed()) {
      return;
    }
    Notice notice = notices.notice(event.noticeId());
    String link = baseUrl + "/orienteringer/" + notice.getId();
    for (Council council : councils.councilsById(notices.recipients(notice)).values()) {
      if (council.isClosedDown()) {
        continue;
      }
      Object[] args = {council.getName(), notice.getTitle(), link};
      String subject = text("mail.notice.subject", args);
      String body = text("mail.notice.body", args);
      for (CouncilMailboxes.Mailbox mailbox : mailboxes.of(council)) {
        outbox.enqueueOnce(
            "notice-published:" + notice.getId() + ":" + council.getId() + ":" + mailbox.key(),
            mailbox.address(),
            subject,
            body);
      }
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.forLanguageTag("da"));
  }
}
