package dk.samspil.involvement;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilMailboxes;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notification.Outbox;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the module's mail listeners share: a mail to a council (each of its addresses, once per
 * event), its Danish texts, and the links to a process.
 */
@Component
class CouncilMail {

  private final CouncilManagement councils;
  private final CouncilMailboxes mailboxes;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  CouncilMail(
      CouncilManagement councils,
      CouncilMailboxes mailboxes,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.councils = councils;
    this.mailboxes = mailboxes;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /**
   * Queues the mail to each address of the council, once for {@code onceKey}: the council's name is
   * the texts' first argument ({0}), {@code args} follow. A closed-down council is not mailed.
   */
  void send(String onceKey, Long councilId, String subjectKey, String bodyKey, Object... args) {
    Council council = councils.councilById(councilId);
    if (council.isClosedDown()) {
      return;
    }
    Object[] withCouncil = new Object[args.length + 1];
    withCouncil[0] = council.getName();
    System.arraycopy(args, 0, withCouncil, 1, args.length);
    String subject = text(subjectKey, withCouncil);
    String body = text(bodyKey, withCouncil);
    for (CouncilMailboxes.Mailbox mailbox : mailboxes.of(council)) {
      outbox.enqueueOnce(onceKey + ":" + mailbox.key(), mailbox.address(), subject, body);
    }
  }

  /** Queues a mail to one person, once for {@code onceKey}. */
  void sendTo(String onceKey, String address, String subject, String body) {
    outbox.enqueueOnce(onceKey, address, subject, body);
  }

  /**
   * The council's own page of the process, where it drafts, sends and reads the feedback: the link
   * in every mail to a council (signed out, it leads through sign-in and back to this page).
   */
  String answerLink(Long councilId, InvolvementProcess process) {
    return baseUrl
        + "/mit-lokalraad/"
        + councils.councilById(councilId).getSlug()
        + "/inddragelser/"
        + process.getId();
  }

  /** The process's public page, for mails to others than the councils. */
  String link(InvolvementProcess process) {
    return baseUrl + "/inddragelser/" + process.getId();
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.forLanguageTag("da"));
  }
}
