package dk.samspil.notification;

import dk.samspil.shared.NotFoundException;

/** No mail in the outbox has this id. */
public class MailNotFound extends NotFoundException {

  public MailNotFound(long id) {
    super("mail.notfound", id);
  }
}
