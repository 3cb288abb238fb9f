package dk.samspil.notification;

/** Where a mail in the outbox is. */
public enum MailStatus {
  /** Waiting to be sent (again). */
  PENDING,
  SENT,
  /** Could not be sent after the last attempt; kept so an administrator can see it and retry. */
  FAILED,
  /** Not sent because no SMTP server is configured; kept so an administrator can read it. */
  KEPT;

  public String messageKey() {
    return "mail.status." + name();
  }
}
