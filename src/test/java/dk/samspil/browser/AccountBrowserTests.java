package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestAccounts;
import dk.samspil.notification.TestMailServer;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person who forgot their password gets a link by e-mail (read from the test SMTP server),
 * chooses a new one, signs in and visits their profile; an administrator reads the sent mail. Every
 * page is checked with axe.
 */
@SamspilTest
class AccountBrowserTests {

  static final String NEW_PASSWORD = "mit nye kodeord i browseren";

  @LocalServerPort int port;
  @Autowired GreenMail greenMail;
  @Autowired TestAccounts testAccounts;
  @Autowired AccountManagement accounts;
  @Autowired JdbcClient jdbc;
  String base;
  BrowserContext context;
  Page page;

  @BeforeEach
  void open() {
    base = "http://localhost:" + port;
    context = Browser.context(base);
    page = context.newPage();
  }

  @AfterEach
  void close() {
    context.close();
  }

  /** A link from a mail, pointed at the server under test. */
  String local(String link) {
    URI uri = URI.create(link);
    return base + uri.getRawPath() + "?" + uri.getRawQuery();
  }

  /** Signs in on the sign-in page the person has landed on (e.g. after accepting an invitation). */
  void signInHere(String email, String password) {
    page.locator("#username").fill(email);
    page.locator("#password").fill(password);
    page.locator("main form button[type=submit]").click();
    Browser.awaitSignedIn(page);
  }

  @Test
  void resetsAForgottenPasswordWithTheMailedLink() {
    Account account = testAccounts.create("browser");
    page.navigate(base + "/");
    page.locator("header a", new Page.LocatorOptions().setHasText("Log ind")).first().click();
    page.waitForURL("**/login");
    page.getByText("Har du glemt din adgangskode?").click();
    page.waitForURL("**/glemt-adgangskode");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send link")).click();
    assertThat(page.locator(".form-error-message")).containsText("Skriv din e-mailadresse.");
    Browser.assertAccessible(page);
    page.locator("#email").fill(account.getEmail());
    page.locator("#email").press("Enter");
    page.waitForURL("**/glemt-adgangskode?sendt");
    assertThat(page.locator("main")).containsText("Hvis adressen har en konto hos os");
    Browser.assertAccessible(page);

    String link =
        TestMailServer.link(
            TestMailServer.awaitMessageTo(greenMail, account.getEmail(), "Vælg en ny adgangskode"),
            "/nulstil-adgangskode?token=");
    page.navigate(local(link));
    assertThat(page.locator("main")).containsText(account.getEmail());
    Browser.assertAccessible(page);
    page.locator("#password").fill(NEW_PASSWORD);
    page.locator("#repeat").fill("noget helt andet end det");
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("#repeat-error")).containsText("ikke ens");
    Browser.assertAccessible(page);
    page.locator("#password").fill(NEW_PASSWORD);
    page.locator("#repeat").fill(NEW_PASSWORD);
    page.locator("main form button[type=submit]").click();
    page.waitForURL("**/login");
    assertThat(page.locator("main")).containsText("Din adgangskode er skiftet");
    Browser.assertAccessible(page);

    page.navigate(local(link));
    assertThat(page.locator("main")).containsText("Linket er allerede brugt");
    Browser.assertAccessible(page);

    Browser.signIn(page, account.getEmail(), NEW_PASSWORD);
    page.getByText("Min profil").click();
    page.waitForURL("**/profil");
    Browser.assertAccessible(page);
    page.locator("#phone").fill("ikke et nummer");
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("#phone-error")).isVisible();
    Browser.assertAccessible(page);
    page.locator("#phone").fill("55 12 34 56");
    page.locator("main form button[type=submit]").click();
    page.waitForURL("**/profil");
    assertThat(page.locator("main")).containsText("Dine oplysninger er gemt.");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skift adgangskode")).click();
    page.waitForURL("**/profil/adgangskode");
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbage til min profil"))
        .click();
    page.waitForURL("**/profil");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Slet min konto")).click();
    page.waitForURL("**/profil/slet");
    assertThat(page.locator("main")).containsText("kan ikke fortrydes");
    Browser.assertAccessible(page);
  }

  @Test
  void acceptsAnInvitation() {
    String email = TestAccounts.uniqueEmail("browser-inviteret");
    accounts.invite(email, null, "Browserrådet");
    String link =
        TestMailServer.link(
            TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret"),
            "/invitation?token=");

    page.navigate(local(link));
    Browser.assertAccessible(page);
    page.locator("#name").fill("Bente Browser");
    page.locator("#password").fill(NEW_PASSWORD);
    page.locator("#repeat").fill(NEW_PASSWORD);
    page.locator("main form button[type=submit]").click();
    page.waitForURL("**/login");
    assertThat(page.locator("main")).containsText("Din konto er klar.");

    signInHere(email, NEW_PASSWORD);
    assertThat(page.locator(".samspil-signedin")).containsText("Bente Browser");
    // a mail's link that has been cut off or mistyped
    page.navigate(base + "/invitation?token=" + UUID.randomUUID());
    assertThat(page.locator("main")).containsText("Linket virker ikke");
    Browser.assertAccessible(page);
  }

  @Test
  void administratorReadsTheSentMail() {
    Account admin = testAccounts.createAdministrator("browser-admin");
    String recipient = "fejlet-" + UUID.randomUUID() + "@post.test";
    long failed =
        jdbc.sql(
                "insert into outbox_mail (recipient, subject, body, status, attempts, last_error)"
                    + " values (?, 'Kunne ikke sendes', 'Hej\nLinket: https://samspil.test/x?token=1',"
                    + " 'FAILED', 8, 'MailSendException: Connection refused') returning id")
            .param(recipient)
            .query(Long.class)
            .single();
    page.navigate(base + "/");
    Browser.signIn(page, admin.getEmail(), TestAccounts.PASSWORD);

    page.locator(".samspil-user")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration"))
        .click();
    page.waitForURL("**/admin");
    page.getByText("Sendt post").first().click();
    page.waitForURL("**/admin/post");
    assertThat(page.locator("main")).containsText("kunne ikke sendes");
    Browser.assertAccessible(page);
    page.locator("#status").selectOption("FAILED");
    page.locator("main form.samspil-filter button").click();
    page.waitForURL("**/admin/post?status=FAILED");
    assertThat(page.locator("main")).containsText(recipient);
    Browser.assertAccessible(page);

    page.locator("a[href='/admin/post/" + failed + "']").click();
    page.waitForURL("**/admin/post/" + failed);
    // with mail going out, no one reads a live link on "Sendt post", not even an unsent one's
    assertThat(page.locator("main")).not().containsText("token=1");
    assertThat(page.locator("main")).containsText("[link skjult: det virker kun for modtageren]");
    Browser.assertAccessible(page);
    page.getByText("Send igen nu").click();
    page.waitForURL("**/admin/post/" + failed + "?sendes-igen");
    Browser.assertAccessible(page);
    assertThat(TestMailServer.awaitMessagesTo(greenMail, recipient, 1)).hasSize(1);
  }
}
