package dk.samspil.account;

import dk.samspil.notification.MailAlertRecipients;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The active administrators, whom the outbox tells when it has given up a mail. */
@Component
class AdministratorMailboxes implements MailAlertRecipients {

  private final EntityManager entities;

  AdministratorMailboxes(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Mailbox> mailboxes() {
    return entities
        .createQuery(
            "select a from Account a where a.administrator = true and a.status = :active"
                + " order by a.id",
            Account.class)
        .setParameter("active", AccountStatus.ACTIVE)
        .getResultList()
        .stream()
        .map(account -> new Mailbox("account:" + account.getId(), account.mailAddress()))
        .toList();
  }
}
