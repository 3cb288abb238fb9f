package dk.samspil.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way to send e-mail. {@link #enqueue} stores the mail in the caller's transaction, so a mail
 * exists exactly when the change it tells about was committed; sending happens afterwards.
 */
@Service
public class Outbox {

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues a plain-text e-mail. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void enqueue(String recipient, String subject, String body) {
    jdbc.sql(
            "insert into outbox_mail (recipient, subject, body, status) values (?, ?, ?, 'PENDING')")
        .params(recipient, subject, body)
        .update();
  }
}
