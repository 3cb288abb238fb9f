package dk.samspil.account.web;

import static dk.samspil.account.AccountTestSupport.login;
import static dk.samspil.account.AccountTestSupport.pageAfterRedirect;
import static dk.samspil.account.AccountTestSupport.token;
import static dk.samspil.account.AccountTestSupport.withoutCsrf;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.PasswordManagement;
import dk.samspil.account.TestAccounts;
import dk.samspil.notification.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SamspilTest
class PasswordResetTests {

  static final String NEW_PASSWORD = "helt ny adgangskode";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired GreenMail greenMail;
  @Autowired JdbcClient jdbc;

  MockHttpServletResponse requestReset(String email) throws Exception {
    return mvc.perform(post("/glemt-adgangskode").param("email", email).with(csrf()))
        .andReturn()
        .getResponse();
  }

  int mailsTo(String email) {
    return jdbc.sql("select count(*) from outbox_mail where lower(recipient) = lower(?)")
        .param(email)
        .query(Integer.class)
        .single();
  }

  /** A reset token issued at {@code issuedAt}, as if mailed then. */
  String tokenIssuedAt(Account account, Instant issuedAt) {
    return testAccounts.resetTokenIssuedAt(account, issuedAt);
  }

  @Test
  void showsTheForgottenPasswordForm() throws Exception {
    mvc.perform(get("/glemt-adgangskode"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Glemt adgangskode")))
        .andExpect(content().string(Matchers.containsString("action=\"/glemt-adgangskode\"")));
  }

  @Test
  void answersTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
    Account account = testAccounts.create("kendt");
    String unknown = TestAccounts.uniqueEmail("ukendt");

    MockHttpServletResponse known = requestReset(account.getEmail());
    MockHttpServletResponse notKnown = requestReset(unknown);

    assertThat(known.getStatus()).isEqualTo(notKnown.getStatus()).isEqualTo(302);
    assertThat(known.getRedirectedUrl())
        .isEqualTo(notKnown.getRedirectedUrl())
        .isEqualTo("/glemt-adgangskode?sendt");
    assertThat(known.getContentAsString()).isEqualTo(notKnown.getContentAsString());
    // (a browser sends "?sendt" as the parameter sendt=""; MockMvc needs it spelt out)
    String pageAfterKnown =
        mvc.perform(get("/glemt-adgangskode").param("sendt", ""))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String pageAfterUnknown =
        mvc.perform(get("/glemt-adgangskode").param("sendt", ""))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(withoutCsrf(pageAfterKnown)).isEqualTo(withoutCsrf(pageAfterUnknown));
    assertThat(pageAfterKnown)
        .contains("Hvis adressen har en konto hos os, har vi sendt en e-mail");
    // only the real account gets a mail
    TestMailServer.awaitMessageTo(greenMail, account.getEmail(), "Vælg en ny adgangskode");
    assertThat(mailsTo(unknown)).isZero();
  }

  @Test
  void sendsNoLinkToAnAccountThatCannotSignIn() throws Exception {
    Account invited =
        testAccounts.accounts().invite(TestAccounts.uniqueEmail("inviteret"), null, "test");
    int before = mailsTo(invited.getEmail());

    MockHttpServletResponse response = requestReset(invited.getEmail());

    assertThat(response.getRedirectedUrl()).isEqualTo("/glemt-adgangskode?sendt");
    assertThat(mailsTo(invited.getEmail())).isEqualTo(before);
  }

  @Test
  void asksForAValidAddressAndKeepsWhatWasTyped() throws Exception {
    mvc.perform(post("/glemt-adgangskode").param("email", "ikke-en-adresse").with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Skriv en gyldig e-mailadresse")))
        .andExpect(content().string(Matchers.containsString("value=\"ikke-en-adresse\"")))
        .andExpect(content().string(Matchers.containsString("form-error")));
    mvc.perform(post("/glemt-adgangskode").param("email", " ").with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Skriv din e-mailadresse.")));
  }

  @Test
  void resetsThePasswordThroughTheMailedLink() throws Exception {
    Account account = testAccounts.create("nulstil");
    requestReset(account.getEmail());
    MimeMessage mail =
        TestMailServer.awaitMessageTo(greenMail, account.getEmail(), "Vælg en ny adgangskode");
    String link = TestMailServer.link(mail, "/nulstil-adgangskode?token=");
    assertThat(link).startsWith("http://localhost:8080/nulstil-adgangskode?token=");
    assertThat(TestMailServer.text(mail)).contains("udløber om 60 minutter");
    String token = token(link);

    mvc.perform(get("/nulstil-adgangskode").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(account.getEmail())))
        .andExpect(content().string(Matchers.containsString("name=\"repeat\"")));
    MvcResult reset =
        mvc.perform(
                post("/nulstil-adgangskode")
                    .param("token", token)
                    .param("password", NEW_PASSWORD)
                    .param("repeat", NEW_PASSWORD)
                    .with(csrf()))
            .andExpect(redirectedUrl("/login"))
            .andExpect(confirms("login.notice.nulstillet"))
            .andReturn();
    assertThat(pageAfterRedirect(mvc, reset)).contains("Din adgangskode er skiftet");

    assertThat(login(mvc, account.getEmail(), NEW_PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/");
    assertThat(
            login(mvc, account.getEmail(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/login?fejl=1");
    mvc.perform(get("/nulstil-adgangskode").param("token", token))
        .andExpect(content().string(Matchers.containsString("Linket er allerede brugt")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"repeat\""))));
    TestMailServer.awaitMessageTo(greenMail, account.getEmail(), "er skiftet");
  }

  @Test
  void spendsEveryOtherOpenResetLinkWhenOneIsUsed() throws Exception {
    Account account = testAccounts.create("flere-links");
    String first = tokenIssuedAt(account, Instant.now());
    String second = tokenIssuedAt(account, Instant.now());

    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", second)
                .param("password", NEW_PASSWORD)
                .param("repeat", NEW_PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/login"))
        .andExpect(confirms("login.notice.nulstillet"));

    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", first)
                .param("password", "endnu en adgangskode")
                .param("repeat", "endnu en adgangskode")
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Linket er allerede brugt")));
    assertThat(login(mvc, account.getEmail(), NEW_PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/");
  }

  @Test
  void explainsAnExpiredLinkAndOffersANewOne() throws Exception {
    Account account = testAccounts.create("udloebet");
    String token = tokenIssuedAt(account, Instant.now().minus(Duration.ofMinutes(61)));

    mvc.perform(get("/nulstil-adgangskode").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Linket er udløbet")))
        .andExpect(content().string(Matchers.containsString("href=\"/glemt-adgangskode\"")));
    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", token)
                .param("password", NEW_PASSWORD)
                .param("repeat", NEW_PASSWORD)
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("Linket er udløbet")));
    assertThat(
            login(mvc, account.getEmail(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/");
  }

  @Test
  void explainsAnUnknownLink() throws Exception {
    mvc.perform(get("/nulstil-adgangskode").param("token", "findes-ikke"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Linket virker ikke")))
        .andExpect(content().string(Matchers.containsString("href=\"/glemt-adgangskode\"")));
    mvc.perform(get("/nulstil-adgangskode"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Linket virker ikke")));
  }

  @Test
  void rejectsAShortPasswordAndTwoDifferentOnes() throws Exception {
    Account account = testAccounts.create("kort");
    String token = tokenIssuedAt(account, Instant.now());

    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", token)
                .param("password", "for kort")
                .param("repeat", "for kort")
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(
            content().string(Matchers.containsString("Adgangskoden skal være mindst 10 tegn.")))
        .andExpect(content().string(Matchers.containsString("value=\"" + token + "\"")));
    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", token)
                .param("password", NEW_PASSWORD)
                .param("repeat", NEW_PASSWORD + "!")
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("De to adgangskoder er ikke ens.")))
        .andExpect(content().string(Matchers.containsString("aria-describedby=\"repeat-error\"")));

    // the link still works after the mistakes
    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", token)
                .param("password", NEW_PASSWORD)
                .param("repeat", NEW_PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/login"))
        .andExpect(confirms("login.notice.nulstillet"));
  }

  @Test
  void limitsTheResetMailsPerHourWithoutSayingSo() throws Exception {
    Account account = testAccounts.create("mange");
    for (int i = 0; i < PasswordManagement.MAX_RESET_MAILS_PER_HOUR + 2; i++) {
      assertThat(requestReset(account.getEmail()).getRedirectedUrl())
          .isEqualTo("/glemt-adgangskode?sendt");
    }

    assertThat(mailsTo(account.getEmail())).isEqualTo(PasswordManagement.MAX_RESET_MAILS_PER_HOUR);
  }
}
