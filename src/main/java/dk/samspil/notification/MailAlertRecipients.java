package dk.samspil.notification;

import java.util.List;

/**
 * Who is told when the outbox gives up a mail ({@link MailFailed}): the module that knows the
 * administrators implements this (the account module), since the outbox cannot depend on it.
 */
public interface MailAlertRecipients {

  /** The addresses to tell, each with a key naming the person by id (never the address). */
  List<Mailbox> mailboxes();

  /**
   * @param key names the person by id, e.g. {@code account:7}
   * @param address where the notice goes
   */
  record Mailbox(String key, String address) {}
}
