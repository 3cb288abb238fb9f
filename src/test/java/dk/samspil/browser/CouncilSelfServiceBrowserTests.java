package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilProfile;
import dk.samspil.council.CouncilProfileManagement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Council members sign in and reach their council's home by clicking, and a chair looks after the
 * council's profile and members, checked with axe.
 */
@SamspilTest
class CouncilSelfServiceBrowserTests {

  @LocalServerPort int port;
  @Autowired CouncilManagement councils;
  @Autowired CouncilProfileManagement profiles;

  String base;
  BrowserContext context;
  Page page;
  CouncilProfile original;

  @BeforeEach
  void open() {
    original = councils.council("fensmark").profile();
    base = "http://localhost:" + port;
    context = Browser.context(base);
    page = context.newPage();
  }

  @AfterEach
  void close() {
    context.close();
    profiles.updateProfile("fensmark", original);
  }

  void signInAsTheChair() {
    Browser.signInFromLanding(page, base, "formand.fensmark@samspil.test");
    page.waitForURL(base + "/mit-lokalraad/fensmark");
  }

  @Test
  void chairEditsTheProfileAndSeesItOnThePublicPage() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    signInAsTheChair();

    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mit lokalråd"))
        .click();
    page.waitForURL(base + "/mit-lokalraad");
    assertThat(page.locator("h1")).hasText("Mit lokalråd");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rediger lokalrådets profil"))
        .click();
    page.waitForURL(base + "/lokalraad/fensmark/rediger");
    Browser.assertAccessible(page);

    page.getByLabel("Hjemmeside").fill("ftp://fensmark.example");
    page.getByLabel("Kapacitet: inddragelser pr. kvartal").fill("nul");
    page.getByLabel("Mødefrekvens").fill("første tirsdag i måneden " + suffix);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem profilen")).click();

    assertThat(page.locator("#fejlopsummering")).containsText("Der er fejl i formularen");
    assertThat(page.locator("#hjemmeside-error")).containsText("http:// eller https://");
    assertThat(page.locator("#kapacitet-error")).containsText("helt tal");
    assertThat(page.getByLabel("Mødefrekvens")).hasValue("første tirsdag i måneden " + suffix);
    assertThat(page.getByLabel("Hjemmeside")).hasValue("ftp://fensmark.example");
    Browser.assertAccessible(page);

    page.getByLabel("Hjemmeside").fill("https://fensmark.example");
    page.getByLabel("Kapacitet: inddragelser pr. kvartal").fill("2");
    page.getByLabel("Både skriftligt og på et møde").check();
    page.getByLabel("Lokalrådets egen tekst")
        .fill("Vi mødes i forsamlingshuset " + suffix + ".\n\nAlle er velkomne.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem profilen")).click();

    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Profilen er gemt.");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se den offentlige side"))
        .first()
        .click();
    page.waitForURL(base + "/lokalraad/fensmark");
    assertThat(page.locator("main")).containsText("Vi mødes i forsamlingshuset " + suffix + ".");
    assertThat(page.locator("main")).containsText("første tirsdag i måneden " + suffix);
    assertThat(page.locator("main")).containsText("Både skriftligt og på et møde");
    assertThat(page.locator(".samspil-board")).containsText("Formand");

    page.locator("main")
        .getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName("Medlemmer").setExact(true))
        .click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    assertThat(page.locator("h1")).containsText("Medlemmer af");
    Browser.assertAccessible(page);
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 1280})
  void memberSignsInAndReachesTheirCouncilsHomeByClicking(int width) {
    context.close();
    context = Browser.context(base, new NewContextOptions().setViewportSize(width, 900));
    page = context.newPage();

    page.navigate(base + "/");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind").setExact(true))
        .click();
    page.getByLabel("E-mailadresse").fill("medlem.fensmark@samspil.test");
    page.getByLabel("Adgangskode").fill("demo1234demo");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
    page.waitForURL(base + "/mit-lokalraad/fensmark");
    assertThat(page.locator("h1")).containsText("Fensmark");

    page.getByRole(AriaRole.BANNER)
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mit lokalråd"))
        .click();
    page.waitForURL(base + "/mit-lokalraad");
    assertThat(page.locator("h1")).hasText("Mit lokalråd");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åbn Fensmark Lokalråd"))
        .click();
    page.waitForURL(base + "/mit-lokalraad/fensmark");
    assertThat(page.locator("h1")).hasText("Fensmark Lokalråd");
    assertThat(page.locator("main")).containsText("Din plads: Medlem.");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se medlemmerne")).click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    assertThat(page.locator("h1")).containsText("Medlemmer af Fensmark Lokalråd");
    Browser.assertAccessible(page);
  }

  @Test
  void contactPersonReachesTheInviteFormOfHerCouncilFromItsPage() {
    Browser.signInFromLanding(page, base, "kontaktperson@samspil.test");
    page.locator("a[href='/lokalraad']").first().click();
    page.waitForURL(base + "/lokalraad");
    page.locator("main a[href='/lokalraad/glumsoe']").first().click();
    page.waitForURL(base + "/lokalraad/glumsoe");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invitér medlemmer")).click();
    page.waitForURL(base + "/lokalraad/glumsoe/inviter");
    assertThat(page.locator("h1")).containsText("Invitér medlemmer til");
    assertThat(page.getByLabel("Plads i bestyrelsen")).hasValue("FORMAND");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
    assertThat(page.locator(".samspil-error-summary")).isVisible();
    assertThat(page.locator("#email-error")).containsText("Skriv personens e-mailadresse.");
    Browser.assertAccessible(page);
  }
}
