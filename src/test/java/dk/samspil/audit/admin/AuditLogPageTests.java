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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit log as administrators read it, at {@code /admin/revision}. */
@SamspilTest
class AuditLogPageTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;

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
  void filtersByTheKindOfThingAndExplainsAWrongDate() throws Exception {
    assertThat(page(get("/admin/revision").param("type", "ingen-saadan-type")))
        .contains("Ingen ændringer matcher filteret.");
    assertThat(page(get("/admin/revision").param("fra", "31-01-2026")))
        .contains("Skriv datoen som åååå-mm-dd.")
        .contains("value=\"31-01-2026\"");
  }
}
