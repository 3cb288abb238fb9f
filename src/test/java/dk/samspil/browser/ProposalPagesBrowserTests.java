package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public proposal pages on a phone, reached by clicks from the landing page: the list and its
 * filter, a proposal's page with its map, trail and support form (with a wrong and a right
 * address), and the chair's hiding form; axe on every page, and no page scrolls sideways.
 */
@SamspilTest
class ProposalPagesBrowserTests {

  static final String DEMO = "Flere bænke langs stien ved Holmegaard Mose";

  @LocalServerPort int port;
  String base;
  BrowserContext context;
  Page page;

  @BeforeEach
  void open() {
    base = "http://localhost:" + port;
    context =
        Browser.context(
            base,
            new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
    page = context.newPage();
  }

  @AfterEach
  void close() {
    context.close();
  }

  void checked() {
    if (page.locator("[data-samspil-map]").count() > 0) {
      page.waitForSelector("[data-samspil-map][data-loaded]");
    }
    Browser.assertAccessible(page);
    Browser.assertReflows(page);
  }

  void openTheDemonstrationProposalFromTheMainNavigation() {
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"))
        .getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName("Borgerforslag").setExact(true))
        .click();
    page.waitForURL(base + "/forslag");
    checked();
    page.selectOption("#omraade", "fensmark");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis forslag")).click();
    page.waitForURL(url -> url.contains("omraade=fensmark"));
    checked();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEMO)).click();
    page.waitForURL(url -> url.matches(".*/forslag/\\d+$"));
    assertThat(page.locator("h1")).hasText(DEMO);
    checked();
  }

  @Test
  void aCitizenFindsAProposalAndSupportsItByEmail() {
    page.navigate(base + "/");
    openTheDemonstrationProposalFromTheMainNavigation();
    assertThat(page.locator("main")).containsText("Forslagets vej");
    assertThat(page.locator("main")).containsText("Birthe Kjærgaard");

    Locator support =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Støt forslaget"));
    support.click();
    assertThat(page.locator("#fejlopsummering"))
        .containsText("Skriv din e-mailadresse, så vi kan sende dig linket.");
    checked();

    page.fill(
        "#email", "browser." + UUID.randomUUID().toString().substring(0, 8) + "@borger.example");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Støt forslaget")).click();
    assertThat(page.locator(".samspil-notice"))
        .containsText("Vi har sendt dig en mail med et link");
    checked();
  }

  @Test
  void theChairSeesTheHidingFormOnAProposalOfTheCouncil() {
    Browser.signInFromLanding(page, base, "formand.fensmark@samspil.test");
    openTheDemonstrationProposalFromTheMainNavigation();

    assertThat(page.locator("main")).containsText("Skjul forslaget");
    assertThat(page.locator("#begrundelse")).isVisible();
    assertThat(
            page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Lokalrådets behandling")))
        .isVisible();
  }
}
