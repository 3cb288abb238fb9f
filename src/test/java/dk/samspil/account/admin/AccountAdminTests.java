package dk.samspil.account.admin;

import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountAdminManagement;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.account.TestPrincipals;
import dk.samspil.organisation.OrganisationManagement;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SamspilTest
class AccountAdminTests {

  static final String PASSWORD = "prøve-adgangskode-1";

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired AccountAdminManagement administration;
  @Autowired OrganisationManagement organisation;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  Account admin() {
    return accounts.accountByEmail("admin@samspil.test").orElseThrow();
  }

  RequestPostProcessor asAdmin() {
    return TestPrincipals.as(admin());
  }

  String page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
    return mvc.perform(request.with(asAdmin()))
        .andExpect(expected)
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String page(MockHttpServletRequestBuilder request) throws Exception {
    return page(request, status().isOk());
  }

  static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@konti.example";
  }

  Account activeAccount(String name) {
    return accounts.ensureActiveAccount(uniqueEmail("aktiv"), name, PASSWORD);
  }

  long audit(String action, long accountId) {
    return jdbc.sql(
            "select count(*) from audit_entry where action = ? and entity_type = 'account' and entity_id = ?")
        .params(action, String.valueOf(accountId))
        .query(Long.class)
        .single();
  }

  /**
   * Signs in through the real form, from an address of its own so other tests' failures do not
   * count.
   */
  ResultActions signIn(String email) throws Exception {
    return mvc.perform(
        post("/login")
            .param("username", email)
            .param("password", PASSWORD)
            .with(csrf())
            .with(
                request -> {
                  request.setRemoteAddr("10.20.30.40");
                  return request;
                }));
  }

  @Test
  void showsTheAssuranceLevelOfTheLatestMitIdSignIn() throws Exception {
    Account withMitId = activeAccount("Mona MitID");
    jdbc.sql(
            "insert into account_identity (provider, subject, account_id, last_assurance_level,"
                + " last_signed_in_at) values ('borger', ?, ?, 'substantial', now())")
        .params("mitid-" + UUID.randomUUID(), withMitId.getId())
        .update();
    Account withoutMitId = activeAccount("Per Password");

    assertThat(page(get("/admin/konti/" + withMitId.getId())))
        .contains("Sikringsniveau ved seneste MitID-login")
        .contains("substantial");
    assertThat(page(get("/admin/konti/" + withoutMitId.getId())))
        .doesNotContain("Sikringsniveau ved seneste MitID-login");
  }

  @Test
  void listsAccountsWithStatusRolesAndLastSignIn() throws Exception {
    assertThat(page(get("/admin/konti")))
        .contains("<h1>Konti</h1>")
        .contains("Ada Andersen")
        .contains("admin@samspil.test")
        .contains("Administrator")
        .contains("Aktiv")
        .contains("href=\"/admin/konti/inviter\"");
  }

  @Test
  void searchesByNameOrEmailAndFiltersByStatus() throws Exception {
    String marker = "Søgeprøve" + UUID.randomUUID().toString().substring(0, 6);
    Account active = activeAccount(marker + " Aktiv");
    Account off = activeAccount(marker + " Slukket");
    administration.deactivate(off.getId(), admin().getId());

    assertThat(page(get("/admin/konti").param("q", marker.toLowerCase())))
        .contains("2 konti matcher søgningen.")
        .contains(active.getEmail())
        .contains(off.getEmail());
    assertThat(page(get("/admin/konti").param("q", marker).param("status", "DEACTIVATED")))
        .contains("Én konto matcher søgningen.")
        .contains(off.getEmail())
        .doesNotContain(active.getEmail());
    assertThat(
            page(get("/admin/konti").param("q", active.getEmail().substring(0, 20).toUpperCase())))
        .contains(active.getEmail());
    assertThat(page(get("/admin/konti").param("q", "ingen-har-dette-navn-" + UUID.randomUUID())))
        .contains("Ingen konti matcher søgningen.");
  }

  @Test
  void treatsWildcardsInTheSearchAsText() throws Exception {
    assertThat(page(get("/admin/konti").param("q", "%")))
        .contains("Ingen konti matcher søgningen.");
  }

  @Test
  void paginatesTheList() throws Exception {
    String marker = "Sideprøve" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 26; i++) {
      accounts.ensureActiveAccount(uniqueEmail("side" + i), marker + " " + i, PASSWORD);
    }

    String first = page(get("/admin/konti").param("q", marker));
    assertThat(first)
        .contains("26 konti matcher søgningen.")
        .contains("Side 1 af 2")
        .contains(
            "href=\"/admin/konti?side=1&amp;q="
                + URLEncoder.encode(marker, StandardCharsets.UTF_8)
                + "\"");
    assertThat(first.split("href=\"/admin/konti/\\d+\"", -1)).hasSize(26);
    String second = page(get("/admin/konti").param("q", marker).param("side", "1"));
    assertThat(second).contains("Side 2 af 2");
    assertThat(second.split("href=\"/admin/konti/\\d+\"", -1)).hasSize(2);
  }

  @Test
  void invitesAPersonWithMunicipalRoles() throws Exception {
    String email = uniqueEmail("inviteret");
    Long department = organisation.departments().get(0).getId();

    String location =
        mvc.perform(
                post("/admin/konti/inviter")
                    .param("email", email)
                    .param("name", "Ina Inviteret")
                    .param("departmentId", department.toString())
                    .param("contactPersonId", "")
                    .with(csrf())
                    .with(asAdmin()))
            .andExpect(redirectedUrlPattern("/admin/konti/*"))
            .andExpect(confirms("admin.account.invited"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    Account invited = accounts.accountByEmail(email).orElseThrow();
    assertThat(location).isEqualTo("/admin/konti/" + invited.getId());
    assertThat(invited.getStatus()).isEqualTo(AccountStatus.INVITED);
    assertThat(invited.getName()).isEqualTo("Ina Inviteret");
    assertThat(invited.getDepartmentId()).isEqualTo(department);
    assertThat(invited.isAdministrator()).isFalse();
    var mail =
        jdbc.sql("select subject, body from outbox_mail where recipient = ?")
            .param(email)
            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
            .single();
    assertThat(mail[0]).isEqualTo("Du er inviteret til Samspil: Næstved Kommune");
    assertThat(mail[1]).contains("/invitation?token=").contains("14 dage");
    assertThat(
            jdbc.sql(
                    "select count(*) from account_token where account_id = ? and purpose = 'INVITATION' and used_at is null")
                .param(invited.getId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(audit("invited", invited.getId())).isEqualTo(1);
    assertThat(audit("roles-changed", invited.getId())).isEqualTo(1);
    assertThat(page(get(location)))
        .contains("Inviteret")
        .contains("Medarbejder")
        .contains("Send invitationen igen");
  }

  @Test
  void sendsAnInvitationAgainWithANewLinkOnly() throws Exception {
    String email = uniqueEmail("igen");
    Account invited = accounts.invite(email, "Igen Inviteret", "Samspil");

    mvc.perform(
            post("/admin/konti/" + invited.getId() + "/inviter-igen").with(csrf()).with(asAdmin()))
        .andExpect(redirectedUrl("/admin/konti/" + invited.getId()))
        .andExpect(confirms("admin.account.reinvited"));

    assertThat(
            jdbc.sql("select count(*) from outbox_mail where recipient = ?")
                .param(email)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from account_token where account_id = ? and used_at is null")
                .param(invited.getId())
                .query(Long.class)
                .single())
        .as("the first link no longer works")
        .isEqualTo(1);
    assertThat(
            page(
                post("/admin/konti/" + admin().getId() + "/inviter-igen").with(csrf()),
                status().isConflict()))
        .contains("Kontoen venter ikke på en invitation.");
  }

  @Test
  void refusesToInviteAnAddressThatHasAnAccount() throws Exception {
    assertThat(
            page(
                post("/admin/konti/inviter")
                    .param("email", "ADMIN@samspil.test")
                    .param("name", "Ada igen")
                    .with(csrf()),
                status().is(422)))
        .contains("Der er allerede en konto med e-mailadressen admin@samspil.test.")
        .contains("href=\"/admin/konti/" + admin().getId() + "\"")
        .contains("value=\"Ada igen\"");
  }

  @Test
  void keepsTheInvitationInputAndExplainsEveryMistake() throws Exception {
    assertThat(
            page(
                post("/admin/konti/inviter")
                    .param("email", "ikke-en-adresse")
                    .param("name", "")
                    .param("administrator", "ja")
                    .param("departmentId", "999999")
                    .with(csrf()),
                status().is(422)))
        .contains("Skriv en gyldig e-mailadresse")
        .contains("value=\"ikke-en-adresse\"")
        .contains("Udfyld feltet.")
        .contains("Vælg en af mulighederne på listen.")
        .contains("name=\"administrator\" value=\"ja\" checked");
  }

  @Test
  void changesTheMunicipalRolesOfAnAccount() throws Exception {
    Account account = activeAccount("Rolle Prøve");
    Long contact = organisation.contactPersons().get(0).getId();

    mvc.perform(
            post("/admin/konti/" + account.getId() + "/roller")
                .param("administrator", "ja")
                .param("departmentId", "")
                .param("contactPersonId", contact.toString())
                .with(csrf())
                .with(asAdmin()))
        .andExpect(redirectedUrl("/admin/konti/" + account.getId()))
        .andExpect(confirms("admin.account.roles.saved"));

    Account changed = accounts.account(account.getId()).orElseThrow();
    assertThat(changed.isAdministrator()).isTrue();
    assertThat(changed.getContactPersonId()).isEqualTo(contact);
    assertThat(audit("roles-changed", account.getId())).isEqualTo(1);
  }

  @Test
  void refusesToTakeAnAdministratorsOwnAdministratorRole() throws Exception {
    assertThat(page(get("/admin/konti/" + admin().getId())))
        .contains("Det er din egen konto.")
        .doesNotContain("Deaktivér kontoen");

    assertThat(
            page(
                post("/admin/konti/" + admin().getId() + "/roller")
                    .param("departmentId", "")
                    .param("contactPersonId", "")
                    .with(csrf()),
                status().is(422)))
        .contains("Du kan ikke fjerne din egen administratorrolle.");
    assertThat(admin().isAdministrator()).isTrue();
  }

  @Test
  void refusesToDeactivateTheAdministratorsOwnAccount() throws Exception {
    assertThat(
            page(
                post("/admin/konti/" + admin().getId() + "/deaktiver").with(csrf()),
                status().isConflict()))
        .contains("Du kan ikke deaktivere din egen konto.");
    assertThat(admin().getStatus()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void deactivatesAnAccountSoItCannotSignInAndEndsItsSessions() throws Exception {
    Account account = activeAccount("Slukkes Snart");
    signInOverHttp(account.getEmail());
    assertThat(sessionsOf(account.getEmail())).isEqualTo(1);

    mvc.perform(post("/admin/konti/" + account.getId() + "/deaktiver").with(csrf()).with(asAdmin()))
        .andExpect(redirectedUrl("/admin/konti/" + account.getId()))
        .andExpect(confirms("admin.account.deactivated"));

    assertThat(accounts.account(account.getId()).orElseThrow().getStatus())
        .isEqualTo(AccountStatus.DEACTIVATED);
    assertThat(sessionsOf(account.getEmail())).isZero();
    signIn(account.getEmail()).andExpect(unauthenticated());
    assertThat(audit("deactivated", account.getId())).isEqualTo(1);
    // an invitation cannot switch a deactivated account back on: it stays off, and gets no mail
    assertThat(accounts.invite(account.getEmail(), account.getName(), "Samspil").getStatus())
        .isEqualTo(AccountStatus.DEACTIVATED);
    assertThat(page(get("/admin/konti/" + account.getId()))).contains("Genaktivér kontoen");

    mvc.perform(
            post("/admin/konti/" + account.getId() + "/genaktiver").with(csrf()).with(asAdmin()))
        .andExpect(redirectedUrl("/admin/konti/" + account.getId()))
        .andExpect(confirms("admin.account.reactivated"));

    assertThat(accounts.account(account.getId()).orElseThrow().getStatus())
        .isEqualTo(AccountStatus.ACTIVE);
    signIn(account.getEmail()).andExpect(authenticated());
    assertThat(audit("activated", account.getId())).isEqualTo(1);
  }

  @Test
  void refusesToReactivateAnAccountThatIsNotDeactivated() throws Exception {
    Account account = activeAccount("Allerede Aktiv");

    assertThat(
            page(
                post("/admin/konti/" + account.getId() + "/genaktiver").with(csrf()),
                status().isConflict()))
        .contains("Kun deaktiverede konti kan genaktiveres.");
  }

  @Test
  void answersAnUnknownAccountWithNotFound() throws Exception {
    mvc.perform(get("/admin/konti/999999").with(asAdmin())).andExpect(status().isNotFound());
  }

  long sessionsOf(String email) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(email)
        .query(Long.class)
        .single();
  }

  void signInOverHttp(String email) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://localhost:" + port;
    String login =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(token.find()).isTrue();
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(email, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/login");
  }
}
