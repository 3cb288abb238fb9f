package dk.samspil.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.ProfileManagement;
import dk.samspil.account.TestAccounts;
import dk.samspil.shared.AuditEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal data: the download is audited, a deleted person's name leaves every audit entry (the
 * entries stay), and failed sign-ins' typed and client addresses are deleted after the retention
 * period.
 */
@SamspilTest
class PersonalDataTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired ProfileManagement profiles;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;

  int entries(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  @Test
  void theDownloadOfOnesDataIsAudited() throws Exception {
    Account account = testAccounts.create("hentdata");
    assertThat(
            entries(
                "select count(*) from audit_entry where action = 'exported' and entity_id = ?",
                String.valueOf(account.getId())))
        .isZero();

    mvc.perform(get("/profil/data.json").with(testAccounts.signedIn(account)))
        .andExpect(status().isOk());

    assertThat(
            entries(
                "select count(*) from audit_entry where action = 'exported'"
                    + " and entity_type = 'account' and entity_id = ?",
                String.valueOf(account.getId())))
        .isEqualTo(1);
  }

  @Test
  void deletingTheAccountRemovesTheNameFromEveryAuditEntry() {
    Account account = testAccounts.create("navnislet");
    String name = "Rigmor Revisionsspor " + account.getId();
    jdbc.sql("update account set name = ?, phone = '+45 12 34 56 78' where id = ?")
        .params(name, account.getId())
        .update();
    // an entry about something else that names the person (e.g. a council's member list)
    transactions.executeWithoutResult(
        status ->
            events.publishEvent(
                AuditEvent.updated(
                    "council",
                    "testraad-" + account.getId(),
                    "Medlem tilføjet: " + name,
                    Map.of("members", "ingen"),
                    Map.of("members", name + " <" + account.getEmail() + ">"))));
    long entriesBefore = entries("select count(*) from audit_entry");

    transactions.executeWithoutResult(
        status -> profiles.delete(account.getId(), account.getEmail()));

    assertThat(
            entries(
                "select count(*) from audit_entry where actor_name like ? or summary like ?"
                    + " or before_data::text like ? or after_data::text like ?",
                "%" + name + "%",
                "%" + name + "%",
                "%" + name + "%",
                "%" + name + "%"))
        .isZero();
    assertThat(
            entries(
                "select count(*) from audit_entry where after_data::text like ?",
                "%" + account.getEmail() + "%"))
        .isZero();
    assertThat(
            entries(
                "select count(*) from audit_entry where entity_id = ? and summary like ?",
                "testraad-" + account.getId(),
                "%Slettet bruger%"))
        .as("the entry stays, with the name replaced")
        .isEqualTo(1);
    assertThat(entries("select count(*) from audit_entry")).isGreaterThan((int) entriesBefore);
  }
}
