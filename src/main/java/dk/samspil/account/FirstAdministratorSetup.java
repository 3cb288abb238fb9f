package dk.samspil.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Invites the first administrator at start, for an installation without demonstration data: set
 * {@code samspil.bootstrap-admin} (environment variable {@code SAMSPIL_BOOTSTRAP_ADMIN}) to their
 * e-mail address. Nothing happens while an administrator exists or an invitation to one is open.
 */
@Component
class FirstAdministratorSetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

  private final AccountAdminManagement accounts;
  private final String email;

  FirstAdministratorSetup(
      AccountAdminManagement accounts, @Value("${samspil.bootstrap-admin:}") String email) {
    this.accounts = accounts;
    this.email = email;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (email == null || email.isBlank()) {
      return;
    }
    switch (accounts.inviteFirstAdministrator(email.strip())) {
      case INVITED, INVITED_AGAIN ->
          log.info(
              "No administrator yet: sent an invitation to {} to become the first administrator."
                  + " The link is in the e-mail (without an SMTP server, spring.mail.host, the mail"
                  + " is kept in the outbox, table outbox_mail).",
              email.strip());
      case ALREADY_INVITED ->
          log.info(
              "samspil.bootstrap-admin: an invitation to an administrator is still open;"
                  + " not sending another.");
      case DEACTIVATED ->
          log.warn(
              "samspil.bootstrap-admin: the account {} is deactivated; no invitation was sent.",
              email.strip());
      case NOT_NEEDED -> {}
    }
  }
}
