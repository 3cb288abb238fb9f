package dk.samspil.notification.admin;

import dk.samspil.notification.MailStatus;
import dk.samspil.notification.OutboxMail;
import java.util.List;

/**
 * What "Sendt post" shows: a page of mails, the status filter, and how many have failed.
 *
 * @param status the status filtered on, or null for all
 * @param sends whether an SMTP server is configured; without one, mail is kept, not sent
 */
public record SentMailPage(
    List<OutboxMail> mails,
    MailStatus status,
    List<MailStatus> statuses,
    int page,
    long total,
    long failed,
    boolean sends) {

  static final int PAGE_SIZE = 50;

  public int lastPage() {
    return (int) Math.max(0, (total - 1) / PAGE_SIZE);
  }

  /** The query string of the filter, for the pagination links. */
  public String query() {
    return status == null ? "" : "&status=" + status.name();
  }
}
