package dk.samspil.notification;

import dk.samspil.shared.NotFoundException;

/** No mail in the outbox has this id. */
class MailNotFound extends NotFoundException {

  MailNotFound(long id) {
    super("mail.notfound", id);
  }
}
