package dk.samspil.account.web;

import static dk.samspil.account.AccountTestSupport.login;
import static dk.samspil.account.AccountTestSupport.pageAfterRedirect;
import static dk.samspil.account.AccountTestSupport.token;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.account.TestAccounts;
import dk.samspil.notification.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The account invitation: the mail with its link, and accepting it by choosing a password. */
@SamspilTest
class AccountInvitationTests {

  static final String PASSWORD = "min egen adgangskode";

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired TestAccounts testAccounts;
  @Autowired GreenMail greenMail;
  @Autowired JdbcClient jdbc;

  String invitationToken(String email) {
    MimeMessage mail = TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret");
    return token(TestMailServer.link(mail, "/invitation?token="));
  }

  @Test
  void acceptingTheMailedInvitationActivatesTheAccount() throws Exception {
    String email = TestAccounts.uniqueEmail("inviteret");
    Account invited = accounts.invite(email, "Inge Inviteret", "Fensmark Lokalråd");
    assertThat(invited.getStatus()).isEqualTo(AccountStatus.INVITED);

    MimeMessage mail = TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret");
    assertThat(mail.getSubject()).isEqualTo("Du er inviteret til Samspil: Fensmark Lokalråd");
    assertThat(TestMailServer.text(mail)).contains("udløber om 14 dage");
    String token = token(TestMailServer.link(mail, "/invitation?token="));

    mvc.perform(get("/invitation").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(email)))
        .andExpect(content().string(Matchers.containsString("value=\"Inge Inviteret\"")));
    MvcResult accepted =
        mvc.perform(
                post("/invitation")
                    .param("token", token)
                    .param("name", "Inge Iversen")
                    .param("password", PASSWORD)
                    .param("repeat", PASSWORD)
                    .with(csrf()))
            .andExpect(redirectedUrl("/login"))
            .andExpect(confirms("login.notice.aktiveret"))
            .andReturn();
    assertThat(pageAfterRedirect(mvc, accepted)).contains("Din konto er klar.");

    Account active = accounts.account(invited.getId()).orElseThrow();
    assertThat(active.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(active.getName()).isEqualTo("Inge Iversen");
    assertThat(login(mvc, email, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'account'"
                        + " and entity_id = ? and action = 'activated'")
                .param(String.valueOf(invited.getId()))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    mvc.perform(get("/invitation").param("token", token))
        .andExpect(content().string(Matchers.containsString("Linket er allerede brugt")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"password\""))));
  }

  @Test
  void aNewInvitationReplacesTheOldLink() throws Exception {
    String email = TestAccounts.uniqueEmail("to-gange");
    accounts.invite(email, null, "første");
    String first = invitationToken(email);
    accounts.invite(email, null, "anden");

    var mails = TestMailServer.awaitMessagesTo(greenMail, email, 2);
    String second = token(TestMailServer.link(mails.get(1), "/invitation?token="));
    assertThat(second).isNotEqualTo(first);

    mvc.perform(get("/invitation").param("token", first))
        .andExpect(content().string(Matchers.containsString("Linket er allerede brugt")));
    mvc.perform(get("/invitation").param("token", second))
        .andExpect(content().string(Matchers.containsString("name=\"password\"")));
  }

  @Test
  void tellsSomeoneWithAnAccountThatTheyHaveBeenGivenAccess() {
    Account account = testAccounts.create("har-konto");

    Account same = accounts.invite(account.getEmail().toUpperCase(), "Andet Navn", "Glumsø");

    assertThat(same.getId()).isEqualTo(account.getId());
    assertThat(same.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    MimeMessage mail =
        TestMailServer.awaitMessageTo(greenMail, account.getEmail(), "Du har fået adgang");
    assertThat(TestMailServer.text(mail)).contains("http://localhost:8080/login");
  }

  @Test
  void refusesSomethingThatIsNotAnAddress() {
    assertThatThrownBy(() -> accounts.invite("ikke en adresse", null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asksForNameAndAGoodPasswordAndKeepsTheName() throws Exception {
    String email = TestAccounts.uniqueEmail("fejl");
    accounts.invite(email, null, "test");
    String token = invitationToken(email);

    mvc.perform(
            post("/invitation")
                .param("token", token)
                .param("name", "")
                .param("password", "kort")
                .param("repeat", "kort")
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Skriv dit navn.")))
        .andExpect(
            content().string(Matchers.containsString("Adgangskoden skal være mindst 10 tegn.")));
    mvc.perform(
            post("/invitation")
                .param("token", token)
                .param("name", "Bo Bentsen")
                .param("password", PASSWORD)
                .param("repeat", "noget andet helt")
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("De to adgangskoder er ikke ens.")))
        .andExpect(content().string(Matchers.containsString("value=\"Bo Bentsen\"")));
    assertThat(accounts.accountByEmail(email).orElseThrow().getStatus())
        .isEqualTo(AccountStatus.INVITED);
  }

  @Test
  void explainsAnUnknownOrExpiredInvitation() throws Exception {
    mvc.perform(get("/invitation").param("token", "ukendt"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Linket virker ikke")));
    mvc.perform(
            post("/invitation")
                .param("token", "ukendt")
                .param("name", "Navn")
                .param("password", PASSWORD)
                .param("repeat", PASSWORD)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Linket virker ikke")));

    String email = TestAccounts.uniqueEmail("udloebet");
    accounts.invite(email, null, "test");
    String token = invitationToken(email);
    jdbc.sql(
            "update account_token set expires_at = now() - interval '1 minute'"
                + " where account_id = (select id from account where email = ?)")
        .param(email)
        .update();
    mvc.perform(get("/invitation").param("token", token))
        .andExpect(content().string(Matchers.containsString("Linket er udløbet")));
  }
}
