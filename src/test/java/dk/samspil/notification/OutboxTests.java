package dk.samspil.notification;

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
import dk.samspil.account.AccountAdminManagement;
import dk.samspil.account.MunicipalRoles;
import dk.samspil.account.PasswordManagement;
import dk.samspil.account.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox in the running application: the scheduled job sends to a real SMTP server. */
@SamspilTest
class OutboxTests {

  @Autowired Outbox outbox;
  @Autowired GreenMail greenMail;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired AccountAdminManagement adminAccounts;
  @Autowired PasswordManagement passwords;

  Account administrator() {
    return testAccounts.createAdministrator("post-admin");
  }

  static String unique(String name) {
    return name + "-" + UUID.randomUUID() + "@outbox.test";
  }

  long enqueue(String recipient, String subject, String body) {
    return transaction.execute(
        status -> {
          outbox.enqueue(recipient, subject, body);
          return jdbc.sql("select max(id) from outbox_mail where recipient = ?")
              .param(recipient)
              .query(Long.class)
              .single();
        });
  }

  String mailStatus(long id) {
    return jdbc.sql("select status from outbox_mail where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  void awaitStatus(long id, String expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!expected.equals(mailStatus(id)) && System.nanoTime() < deadline) {
      TestMailServer.sleep(50);
    }
    assertThat(mailStatus(id)).isEqualTo(expected);
  }

  @Test
  void queuesAMailWithAKeyOnlyOnceHoweverOftenAListenerRuns() {
    String recipient = unique("en-gang");
    String key = "test-event:" + UUID.randomUUID() + ":account:1";

    Boolean first =
        transaction.execute(status -> outbox.enqueueOnce(key, recipient, "Emne", "Tekst"));
    Boolean second =
        transaction.execute(status -> outbox.enqueueOnce(key, recipient, "Emne", "Tekst"));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(
            jdbc.sql("select count(*) from outbox_mail where recipient = ?")
                .param(recipient)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void sendsAQueuedMailThroughTheSmtpServer() throws Exception {
    String recipient = unique("modtager");
    long id =
        enqueue(recipient, "Velkommen til Samspil – æøå", "Hej\n\nSe https://samspil.test/x?y=1\n");

    MimeMessage message = TestMailServer.awaitMessageTo(greenMail, recipient);

    assertThat(message.getSubject()).isEqualTo("Velkommen til Samspil – æøå");
    assertThat(TestMailServer.text(message)).contains("Se https://samspil.test/x?y=1");
    assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    awaitStatus(id, "SENT");
    assertThat(
            jdbc.sql("select attempts from outbox_mail where id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void failsAnUndeliverableMailAfterTheRetryPeriodShowsItOnSentMailAndTellsTheAdministrators()
      throws Exception {
    Account admin = administrator();
    String recipient = "afvist-" + UUID.randomUUID() + "@@outbox.test";
    long id = enqueue(recipient, "Kan ikke sendes", "Tekst");

    awaitStatus(id, "FAILED");

    int attempts =
        jdbc.sql("select attempts from outbox_mail where id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    assertThat(attempts).isGreaterThan(1);
    MimeMessage notice =
        TestMailServer.awaitMessageTo(greenMail, admin.getEmail(), "en e-mail kunne ikke sendes");
    assertThat(TestMailServer.text(notice))
        .contains("/admin/post?status=FAILED")
        .contains("Du får højst én sådan besked om dagen");
    mvc.perform(get("/admin/post").with(testAccounts.signedIn(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Sendt post")))
        .andExpect(content().string(Matchers.containsString(recipient)))
        .andExpect(content().string(Matchers.containsString("kunne ikke sendes")))
        .andExpect(content().string(Matchers.containsString("E-mails er ikke nået frem")))
        .andExpect(content().string(Matchers.containsString("alert alert-error")))
        .andExpect(content().string(Matchers.containsString("badge badge-error")))
        .andExpect(content().string(Matchers.containsString("samspil-mail-failed")));
    mvc.perform(get("/admin/post").param("status", "FAILED").with(testAccounts.signedIn(admin)))
        .andExpect(content().string(Matchers.containsString(recipient)))
        .andExpect(content().string(Matchers.containsString("<option value=\"FAILED\" selected>")));
    mvc.perform(get("/admin/post").param("status", "SENT").with(testAccounts.signedIn(admin)))
        .andExpect(content().string(Matchers.not(Matchers.containsString(recipient))));
    mvc.perform(get("/admin/post/" + id).with(testAccounts.signedIn(admin)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(Matchers.containsString("kunne ikke sendes efter " + attempts + " forsøg")))
        .andExpect(content().string(Matchers.containsString("MailPreparationException")))
        .andExpect(
            content()
                .string(Matchers.containsString("action=\"/admin/post/" + id + "/send-igen\"")));
  }

  @Test
  void keepsNoUsableLinkOfAnInvitationOrResetMailOnceSent() throws Exception {
    String invited = TestAccounts.uniqueEmail("inviteret");
    transaction.executeWithoutResult(
        status ->
            adminAccounts.inviteWithRoles(
                invited, "Inviteret Person", "Samspil", new MunicipalRoles(false, null, null)));
    Account resetting = testAccounts.create("nulstiller");
    passwords.requestReset(resetting.getEmail(), Locale.forLanguageTag("da"));

    String invitationLink =
        TestMailServer.link(TestMailServer.awaitMessageTo(greenMail, invited), "/invitation");
    String resetLink =
        TestMailServer.link(
            TestMailServer.awaitMessageTo(greenMail, resetting.getEmail()), "/nulstil-adgangskode");
    Account admin = administrator();
    for (String address : List.of(invited, resetting.getEmail())) {
      String token = address.equals(invited) ? token(invitationLink) : token(resetLink);
      long id =
          jdbc.sql("select max(id) from outbox_mail where recipient = ?")
              .param(address)
              .query(Long.class)
              .single();
      awaitStatus(id, "SENT");
      assertThat(
              jdbc.sql("select body from outbox_mail where id = ?")
                  .param(id)
                  .query(String.class)
                  .single())
          .doesNotContain(token)
          .contains("[link fjernet efter afsendelse]");
      mvc.perform(get("/admin/post/" + id).with(testAccounts.signedIn(admin)))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.not(Matchers.containsString(token))))
          .andExpect(content().string(Matchers.containsString("[link fjernet efter afsendelse]")));
    }
    // the links themselves still work for the person who got the mail
    mvc.perform(get(invitationLink.replaceFirst("^https?://[^/]+", ""))).andExpect(status().isOk());
  }

  static String token(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  @Test
  void sendsAFailedMailAgainWhenAnAdministratorAsks() throws Exception {
    String recipient = unique("igen");
    long id =
        jdbc.sql(
                "insert into outbox_mail (recipient, subject, body, status, attempts, last_error)"
                    + " values (?, 'Igen', 'Tekst', 'FAILED', 8, 'Connection refused') returning id")
            .params(recipient)
            .query(Long.class)
            .single();
    Account admin = administrator();

    mvc.perform(
            post("/admin/post/" + id + "/send-igen")
                .with(testAccounts.signedIn(admin))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/post/" + id + "?sendes-igen"));

    TestMailServer.awaitMessageTo(greenMail, recipient);
    awaitStatus(id, "SENT");
    mvc.perform(
            get("/admin/post/" + id).param("sendes-igen", "").with(testAccounts.signedIn(admin)))
        .andExpect(content().string(Matchers.containsString("sendes igen inden for kort tid")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("/send-igen"))));
    // only a failed mail can be sent again
    mvc.perform(
            post("/admin/post/" + id + "/send-igen")
                .with(testAccounts.signedIn(admin))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/post/" + id));
    assertThat(TestMailServer.messagesTo(greenMail, recipient)).hasSize(1);
  }

  @Test
  void showsTheWholeTextWithLinksAsText() throws Exception {
    String recipient = unique("tekst");
    long id =
        enqueue(
            recipient,
            "Link <b>fed</b>",
            "Første linje\nKlik her: https://samspil.test/side?id=abc&x=1\n<a href=\"https://ond.test\">ond</a>");
    Account admin = administrator();

    mvc.perform(get("/admin/post/" + id).with(testAccounts.signedIn(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Første linje")))
        .andExpect(
            content().string(Matchers.containsString("https://samspil.test/side?id=abc&amp;x=1")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString("&lt;a href=\"https://ond.test\"&gt;ond&lt;/a&gt;")))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("<a href=\"https://ond.test\""))))
        .andExpect(content().string(Matchers.containsString("Link &lt;b&gt;fed&lt;/b&gt;")));
  }

  @Test
  void isOnlyForAdministrators() throws Exception {
    Account citizen = testAccounts.create("borger");

    mvc.perform(get("/admin/post").with(testAccounts.signedIn(citizen)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/post")).andExpect(redirectedUrl("/login"));
    mvc.perform(post("/admin/post/1/send-igen").with(testAccounts.signedIn(citizen)).with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void answersNotFoundForAnUnknownMail() throws Exception {
    Account admin = administrator();

    mvc.perform(get("/admin/post/999999999").with(testAccounts.signedIn(admin)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/post/999999999/send-igen").with(testAccounts.signedIn(admin)).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void pagesNewestFirst() throws Exception {
    String older = unique("aeldre");
    String newer = unique("nyere");
    enqueue(older, "Ældre", "x");
    enqueue(newer, "Nyere", "x");
    Account admin = administrator();

    String page =
        mvc.perform(get("/admin/post").with(testAccounts.signedIn(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page.indexOf(newer)).isPositive().isLessThan(page.indexOf(older));
    mvc.perform(get("/admin/post").param("side", "1").with(testAccounts.signedIn(admin)))
        .andExpect(status().isOk());
  }
}
