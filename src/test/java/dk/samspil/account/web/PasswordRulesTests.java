package dk.samspil.account.web;

import static dk.samspil.account.AccountTestSupport.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.PasswordManagement;
import dk.samspil.account.TestAccounts;
import dk.samspil.notification.TestMailServer;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * NIST SP 800-63B rules on every form that sets a password: common passwords (in any case) and the
 * person's own e-mail address are refused with a Danish message; the demonstration password stays
 * valid.
 */
@SamspilTest
class PasswordRulesTests {

  static final String COMMON = "Password123";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired AccountManagement accounts;
  @Autowired PasswordManagement passwords;
  @Autowired GreenMail greenMail;

  @Test
  void changingThePasswordRefusesACommonOneAndTheEmailAddress() throws Exception {
    Account account = testAccounts.create("almindelig");
    mvc.perform(
            post("/profil/adgangskode")
                .param("current", TestAccounts.PASSWORD)
                .param("password", COMMON)
                .param("repeat", COMMON)
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Adgangskoden er for almindelig")));
    String email = account.getEmail().toUpperCase(Locale.ROOT);
    mvc.perform(
            post("/profil/adgangskode")
                .param("current", TestAccounts.PASSWORD)
                .param("password", email)
                .param("repeat", email)
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(
            content()
                .string(Matchers.containsString("Adgangskoden må ikke være din e-mailadresse.")));
    mvc.perform(
            post("/profil/adgangskode")
                .param("current", TestAccounts.PASSWORD)
                .param("password", "demo1234demo")
                .param("repeat", "demo1234demo")
                .with(testAccounts.signedIn(account))
                .with(csrf()))
        .andExpect(redirectedUrl("/profil"));
  }

  @Test
  void theResetAndInvitationFormsRefuseACommonPasswordAndTheEmailAddress() throws Exception {
    Account account = testAccounts.create("nulstilregel");
    passwords.requestReset(account.getEmail(), Locale.forLanguageTag("da"));
    String reset =
        token(
            TestMailServer.link(
                TestMailServer.awaitMessageTo(greenMail, account.getEmail(), "adgangskode"),
                "/nulstil-adgangskode?token="));
    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", reset)
                .param("password", "QWERTYUIOP")
                .param("repeat", "QWERTYUIOP")
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Adgangskoden er for almindelig")));
    mvc.perform(
            post("/nulstil-adgangskode")
                .param("token", reset)
                .param("password", account.getEmail())
                .param("repeat", account.getEmail())
                .with(csrf()))
        .andExpect(
            content()
                .string(Matchers.containsString("Adgangskoden må ikke være din e-mailadresse.")));

    String email = TestAccounts.uniqueEmail("inviteretregel");
    accounts.invite(email, "Ida Inviteret", "Fensmark Lokalråd");
    String invitation =
        token(
            TestMailServer.link(
                TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret"),
                "/invitation?token="));
    mvc.perform(
            post("/invitation")
                .param("token", invitation)
                .param("name", "Ida Inviteret")
                .param("password", COMMON)
                .param("repeat", COMMON)
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Adgangskoden er for almindelig")));
    mvc.perform(
            post("/invitation")
                .param("token", invitation)
                .param("name", "Ida Inviteret")
                .param("password", email)
                .param("repeat", email)
                .with(csrf()))
        .andExpect(
            content()
                .string(Matchers.containsString("Adgangskoden må ikke være din e-mailadresse.")));
  }
}
