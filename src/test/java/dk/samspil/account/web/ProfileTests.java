package dk.samspil.account.web;

import static dk.samspil.account.AccountTestSupport.login;
import static dk.samspil.account.AccountTestSupport.pageAfterRedirect;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountChangeRefused;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.account.ProfileManagement;
import dk.samspil.account.TestAccounts;
import dk.samspil.account.TestContributions;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SamspilTest
class ProfileTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired AccountManagement accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  @Test
  void needsSignIn() throws Exception {
    for (String path :
        new String[] {"/profil", "/profil/adgangskode", "/profil/data.json", "/profil/slet"}) {
      mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
    }
    mvc.perform(post("/profil/slet").param("email", "x@y.dk").with(csrf()))
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void showsTheProfileWithRolesAndWhatOtherModulesAdd() throws Exception {
    Account account = testAccounts.createAdministrator("profil");
    TestContributions.SEATS.put(account.getId(), "Formand i Testrådet");

    mvc.perform(get("/profil").with(testAccounts.signedIn(account)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(account.getEmail())))
        .andExpect(content().string(Matchers.containsString("value=\"Test profil\"")))
        .andExpect(content().string(Matchers.containsString("<li>Administrator</li>")))
        .andExpect(content().string(Matchers.containsString("<li>Borger</li>")))
        .andExpect(
            content().string(Matchers.containsString("<li>Plads: Formand i Testrådet</li>")));
  }

  @Test
  void savesTheProfileAndRecordsTheChange() throws Exception {
    Account account = testAccounts.create("gem");

    mvc.perform(
            post("/profil")
                .param("name", "  Gitte Gemmer ")
                .param("phone", "+45 55 12 34 56")
                .param("notificationEmail", "Beskeder@Eksempel.dk")
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(redirectedUrl("/profil"))
        .andExpect(confirms("profile.notice.gemt"));

    Account saved = accounts.account(account.getId()).orElseThrow();
    assertThat(saved.getName()).isEqualTo("Gitte Gemmer");
    assertThat(saved.getPhone()).isEqualTo("+45 55 12 34 56");
    assertThat(saved.getNotificationEmail()).isEqualTo("beskeder@eksempel.dk");
    String after =
        jdbc.sql(
                "select after_data::text from audit_entry where entity_type = 'account'"
                    + " and entity_id = ? and action = 'updated' order by id desc limit 1")
            .param(String.valueOf(account.getId()))
            .query(String.class)
            .single();
    assertThat(after).contains("Gitte Gemmer").contains("beskeder@eksempel.dk");
    assertThat(after).doesNotContain("argon2").doesNotContain("password");

    mvc.perform(get("/profil").with(testAccounts.signedIn(account)))
        .andExpect(content().string(Matchers.containsString("value=\"+45 55 12 34 56\"")));
  }

  @Test
  void keepsWhatWasTypedAndShowsEachProblemAtItsField() throws Exception {
    Account account = testAccounts.create("fejl");

    mvc.perform(
            post("/profil")
                .param("name", "")
                .param("phone", "ring til mig")
                .param("notificationEmail", "ikke@en")
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Der er fejl i formularen")))
        .andExpect(content().string(Matchers.containsString("Skriv dit navn.")))
        .andExpect(content().string(Matchers.containsString("Skriv telefonnummeret med cifre")))
        .andExpect(content().string(Matchers.containsString("Skriv en gyldig e-mailadresse")))
        .andExpect(content().string(Matchers.containsString("value=\"ring til mig\"")))
        .andExpect(content().string(Matchers.containsString("value=\"ikke@en\"")))
        .andExpect(content().string(Matchers.containsString("id=\"phone-error\"")));

    assertThat(accounts.account(account.getId()).orElseThrow().getName()).isEqualTo("Test fejl");
  }

  @Test
  void showsTheNewNameInTheHeaderAtOnce() throws Exception {
    Account account = testAccounts.create("navn");
    Cookie session =
        login(mvc, account.getEmail(), TestAccounts.PASSWORD).getResponse().getCookie("SESSION");
    assertThat(session).isNotNull();

    MvcResult saved =
        mvc.perform(
                post("/profil")
                    .param("name", "Nyt Navn")
                    .param("phone", "")
                    .param("notificationEmail", "")
                    .cookie(session)
                    .with(csrf()))
            .andExpect(redirectedUrl("/profil"))
            .andReturn();

    String page =
        mvc.perform(get("/profil").cookie(session))
            .andExpect(content().string(Matchers.containsString("Logget ind som Nyt Navn")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(saved.getFlashMap().isEmpty()).as("a confirmation after the redirect").isFalse();
    assertThat(page).contains("Dine oplysninger er gemt.");
  }

  @Test
  void changesThePasswordWhenTheCurrentOneIsKnown() throws Exception {
    Account account = testAccounts.create("skift");
    String newPassword = "et nyt og langt kodeord";

    mvc.perform(get("/profil/adgangskode").with(testAccounts.signedIn(account)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Nuværende adgangskode")));
    mvc.perform(
            post("/profil/adgangskode")
                .param("current", "forkert adgangskode")
                .param("password", newPassword)
                .param("repeat", newPassword)
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(
            content().string(Matchers.containsString("Den nuværende adgangskode er forkert.")));
    mvc.perform(
            post("/profil/adgangskode")
                .param("current", TestAccounts.PASSWORD)
                .param("password", "kort")
                .param("repeat", "kort")
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(
            content().string(Matchers.containsString("Adgangskoden skal være mindst 10 tegn.")));
    mvc.perform(
            post("/profil/adgangskode")
                .param("current", TestAccounts.PASSWORD)
                .param("password", newPassword)
                .param("repeat", newPassword + " ")
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("De to adgangskoder er ikke ens.")));

    mvc.perform(
            post("/profil/adgangskode")
                .param("current", TestAccounts.PASSWORD)
                .param("password", newPassword)
                .param("repeat", newPassword)
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(redirectedUrl("/profil"))
        .andExpect(confirms("profile.notice.adgangskode"));

    assertThat(login(mvc, account.getEmail(), newPassword).getResponse().getRedirectedUrl())
        .isEqualTo("/");
    assertThat(
            login(mvc, account.getEmail(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/login?fejl=1");
  }

  @Test
  void downloadsThePersonsOwnDataWithoutThePasswordHash() throws Exception {
    Account account = testAccounts.create("data");
    TestContributions.SEATS.put(account.getId(), "Kasserer i Testrådet");

    var response =
        mvc.perform(get("/profil/data.json").with(testAccounts.signedIn(account)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", Matchers.startsWith("application/json")))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        Matchers.allOf(
                            Matchers.startsWith("attachment"),
                            Matchers.containsString("samspil-mine-data.json"))))
            .andReturn()
            .getResponse();

    String body = response.getContentAsString();
    JsonNode data = json.readTree(body);
    assertThat(data.path("account").path("id").asLong()).isEqualTo(account.getId());
    assertThat(data.path("account").path("email").asString()).isEqualTo(account.getEmail());
    assertThat(data.path("account").path("name").asString()).isEqualTo("Test data");
    assertThat(data.path("account").path("status").asString()).isEqualTo("ACTIVE");
    assertThat(data.path("roles").toString()).contains("BORGER");
    assertThat(data.path("testSeats").path("seat").asString()).isEqualTo("Kasserer i Testrådet");
    assertThat(data.has("mails")).isTrue();
    assertThat(body).doesNotContain("argon2").doesNotContain("passwordHash");
  }

  @Test
  void deletesTheAccountAnonymouslyAndSignsThePersonOut() throws Exception {
    Account account = testAccounts.create("slet");
    accounts.setMunicipalRoles(account.getId(), false, null, null);
    TestContributions.SEATS.put(account.getId(), "Medlem");
    String email = account.getEmail();
    Cookie session = login(mvc, email, TestAccounts.PASSWORD).getResponse().getCookie("SESSION");
    Cookie otherDevice =
        login(mvc, email, TestAccounts.PASSWORD).getResponse().getCookie("SESSION");
    mvc.perform(get("/profil/slet").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("kan ikke fortrydes")));

    mvc.perform(
            post("/profil/slet").param("email", "forkert@konto.test").cookie(session).with(csrf()))
        .andExpect(status().is(422))
        .andExpect(
            content().string(Matchers.containsString("Adressen er ikke den, du logger ind med.")))
        .andExpect(content().string(Matchers.containsString("value=\"forkert@konto.test\"")));
    assertThat(accounts.account(account.getId()).orElseThrow().getStatus())
        .isEqualTo(AccountStatus.ACTIVE);

    MvcResult deletion =
        mvc.perform(
                post("/profil/slet")
                    .param("email", email.toUpperCase())
                    .cookie(session)
                    .with(csrf()))
            .andExpect(redirectedUrl("/login"))
            .andExpect(confirms("login.notice.slettet"))
            .andReturn();
    // the sign-out ended the session; the confirmation is in the new one the login page opens in
    assertThat(deletion.getResponse().getCookie("SESSION").getValue())
        .isNotEqualTo(session.getValue());
    assertThat(pageAfterRedirect(mvc, deletion))
        .contains("Din konto er slettet")
        .doesNotContain("Logget ind som");

    Account deleted = accounts.account(account.getId()).orElseThrow();
    assertThat(deleted.getStatus()).isEqualTo(AccountStatus.DELETED);
    assertThat(deleted.getEmail()).isEqualTo("slettet-" + account.getId() + "@anonym.invalid");
    assertThat(deleted.getName()).isNull();
    assertThat(deleted.getPhone()).isNull();
    assertThat(deleted.hasPassword()).isFalse();
    assertThat(TestContributions.DELETED).contains(account.getId());
    // signed out here and on the other device
    mvc.perform(get("/profil").cookie(session)).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/profil").cookie(otherDevice)).andExpect(redirectedUrl("/login"));
    assertThat(login(mvc, email, TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/login?fejl=1");
    // nothing personal left in the audit log
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where (entity_type = 'account' and entity_id = ?)"
                        + " and (summary <> 'Slettet bruger' or coalesce(after_data::text, '') like '%@%')")
                .param(String.valueOf(account.getId()))
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where actor_id = ? and actor_name <> 'Slettet bruger'")
                .param(account.getId())
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where summary like ? or after_data::text like ?")
                .param("%" + email + "%")
                .param("%" + email + "%")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from account_token where account_id = ? and used_at is null")
                .param(account.getId())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void removesTheDeletedPersonFromTheOutbox() throws Exception {
    Account account = testAccounts.create("post");
    mvc.perform(post("/glemt-adgangskode").param("email", account.getEmail()).with(csrf()));

    mvc.perform(
            post("/profil/slet")
                .param("email", account.getEmail())
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(redirectedUrl("/login"));

    assertThat(
            jdbc.sql("select count(*) from outbox_mail where lower(recipient) = ?")
                .param(account.getEmail())
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select body from outbox_mail where recipient = ?")
                .param("slettet-" + account.getId() + "@anonym.invalid")
                .query(String.class)
                .list())
        .isNotEmpty()
        .allMatch(body -> !body.contains("token="));
  }

  @Test
  void theOnlyAdministratorCannotDeleteTheirAccount() {
    Account account = testAccounts.createAdministrator("eneste");
    transaction(
        () -> {
          jdbc.sql("update account set administrator = false where administrator and id <> ?")
              .param(account.getId())
              .update();
          assertThat(profiles.isLastAdministrator(account.getId())).isTrue();
          assertThatThrownBy(() -> profiles.delete(account.getId(), account.getEmail()))
              .isInstanceOfSatisfying(
                  AccountChangeRefused.class,
                  refused ->
                      assertThat(refused.messageKey()).isEqualTo("delete.last-administrator"));
        });
    assertThat(profiles.isLastAdministrator(account.getId())).isFalse();
  }

  @Autowired ProfileManagement profiles;
  @Autowired TransactionTemplate transactions;

  void transaction(Runnable test) {
    transactions.executeWithoutResult(
        status -> {
          test.run();
          status.setRollbackOnly();
        });
  }
}
