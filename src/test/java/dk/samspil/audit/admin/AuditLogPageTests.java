package dk.samspil.audit.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestAccounts;
import dk.samspil.account.TestPrincipals;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit log as administrators read it, at {@code /admin/revision}. */
@SamspilTest
class AuditLogPageTests {

  /** The codes of the test that records a change without a label. */
  static final String UNLABELLED = "x-test-";

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired JdbcClient jdbc;
  @Autowired MessageSource messages;

  String page(MockHttpServletRequestBuilder request) throws Exception {
    Account admin = accounts.accountByEmail("admin@samspil.test").orElseThrow();
    return mvc.perform(request.with(TestPrincipals.as(admin)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void listsTheChangesWithWhatTheyWereBeforeAndAfter() throws Exception {
    String name = "Revisor " + UUID.randomUUID().toString().substring(0, 8);
    accounts.ensureActiveAccount(TestAccounts.uniqueEmail("revision"), name, TestAccounts.PASSWORD);

    assertThat(page(get("/admin/revision").param("type", "account")))
        .contains("<h1>Revisionslog</h1>")
        .contains("Oprettet: konto")
        .contains(name)
        .contains("Efter:")
        .doesNotContain("argon2");
  }

  @Test
  void everyKindOfChangeRecordedSoFarHasALabel() {
    // the shared test database holds the demonstration data's changes and every earlier test's;
    // the log is append-only, so the one test of a missing label leaves its x-test- codes behind
    List<String> unlabelled = new ArrayList<>();
    jdbc
        .sql("select distinct action, entity_type from audit_entry")
        .query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .filter(pair -> !pair.get(0).startsWith(UNLABELLED))
        .forEach(
            pair -> {
              for (String key :
                  List.of("audit.action." + pair.get(0), "audit.type." + pair.get(1))) {
                if (messages.getMessage(key, null, null, Locale.forLanguageTag("da")) == null
                    || messages.getMessage(key, null, null, Locale.ENGLISH) == null) {
                  unlabelled.add(key);
                }
              }
            });
    assertThat(unlabelled).isEmpty();
  }

  @Test
  void aChangeOfAKindWithoutALabelIsShownByItsCodeInsteadOfBreakingThePage() throws Exception {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into audit_entry (actor_name, action, entity_type, entity_id, summary)"
                + " values ('Test', 'x-test-action', 'x-test-type', ?, 'Noget nyt')")
        .param(id)
        .update();

    assertThat(page(get("/admin/revision")))
        .contains("x-test-action: x-test-type Noget nyt")
        .contains("<option value=\"x-test-type\"");
  }

  @Test
  void filtersByTheKindOfThingAndExplainsAWrongDate() throws Exception {
    assertThat(page(get("/admin/revision").param("type", "ingen-saadan-type")))
        .contains("Ingen ændringer matcher filteret.");
    assertThat(page(get("/admin/revision").param("fra", "31-01-2026")))
        .contains("Skriv datoen som åååå-mm-dd.")
        .contains("value=\"31-01-2026\"");
  }
}
