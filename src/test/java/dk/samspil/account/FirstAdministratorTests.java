package dk.samspil.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of an installation without demonstration data. The tests pretend there is
 * no administrator inside a transaction that is rolled back, so the shared data stays as it was.
 */
@SamspilTest
class FirstAdministratorTests {

  @Autowired AccountManagement accounts;
  @Autowired AccountAdminManagement administration;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  void withoutAdministrators(Runnable test) {
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("update account set administrator = false where administrator").update();
          test.run();
          status.setRollbackOnly();
        });
  }

  int mailsTo(String email) {
    return jdbc.sql("select count(*) from outbox_mail where recipient = ?")
        .param(email)
        .query(Integer.class)
        .single();
  }

  @Test
  void invitesTheConfiguredAddressAsAdministratorOnce() {
    String email = TestAccounts.uniqueEmail("foerste-admin");
    withoutAdministrators(
        () -> {
          assertThat(administration.inviteFirstAdministrator(email))
              .isEqualTo(AccountAdminManagement.FirstAdministrator.INVITED);
          Account invited = accounts.accountByEmail(email).orElseThrow();
          assertThat(invited.isAdministrator()).isTrue();
          assertThat(invited.getStatus()).isEqualTo(AccountStatus.INVITED);
          assertThat(mailsTo(email)).isEqualTo(1);

          // the next start, while the invitation is open: no second mail
          assertThat(administration.inviteFirstAdministrator(email))
              .isEqualTo(AccountAdminManagement.FirstAdministrator.ALREADY_INVITED);
          assertThat(mailsTo(email)).isEqualTo(1);

          // the invitation ran out unused: a new one
          jdbc.sql(
                  "update account_token set expires_at = now() - interval '1 second'"
                      + " where account_id = ?")
              .param(invited.getId())
              .update();
          assertThat(administration.inviteFirstAdministrator(email))
              .isEqualTo(AccountAdminManagement.FirstAdministrator.INVITED_AGAIN);
          assertThat(mailsTo(email)).isEqualTo(2);
        });
    assertThat(accounts.accountByEmail(email)).as("rolled back").isEmpty();
  }

  @Test
  void makesAnExistingAccountAdministrator() {
    String email = TestAccounts.uniqueEmail("har-konto");
    withoutAdministrators(
        () -> {
          Account account = accounts.ensureActiveAccount(email, "Has Konto", TestAccounts.PASSWORD);

          assertThat(administration.inviteFirstAdministrator(email))
              .isEqualTo(AccountAdminManagement.FirstAdministrator.INVITED);

          assertThat(accounts.account(account.getId()).orElseThrow().isAdministrator()).isTrue();
          assertThat(accounts.hasActiveAdministrator()).isTrue();
        });
  }

  @Test
  void doesNothingWhileAnActiveAdministratorExists() {
    String email = TestAccounts.uniqueEmail("ikke-noedvendig");

    assertThat(administration.inviteFirstAdministrator(email))
        .isEqualTo(AccountAdminManagement.FirstAdministrator.NOT_NEEDED);

    assertThat(accounts.accountByEmail(email)).isEmpty();
    assertThat(mailsTo(email)).isZero();
  }

  @Test
  void doesNothingWithoutTheSetting() throws Exception {
    long before = jdbc.sql("select count(*) from account").query(Long.class).single();

    new FirstAdministratorSetup(administration, "").run(null);

    assertThat(jdbc.sql("select count(*) from account").query(Long.class).single())
        .isEqualTo(before);
  }
}
