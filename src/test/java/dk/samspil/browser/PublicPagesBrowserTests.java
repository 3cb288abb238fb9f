package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Geolocation;
import dk.samspil.SamspilTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen's path through the public pages, in a real browser, checked with axe on every page. */
@SamspilTest
class PublicPagesBrowserTests {

  @LocalServerPort int port;
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

  void visit(String path) {
    page.navigate(base + path);
  }

  void waitForMap() {
    page.waitForSelector("[data-samspil-map][data-loaded]");
  }

  @Test
  void everyPublicPageHasNoAccessibilityViolations() {
    for (String path :
        List.of(
            "/",
            "/lokalomraader",
            "/lokalomraader/fensmark",
            "/lokalomraader/herlufsholm",
            "/lokalraad",
            "/lokalraad/fensmark",
            "/kontakt",
            "/find-dit-lokalomraade",
            "/find-dit-lokalomraade?q=4700",
            "/find-dit-lokalomraade?q=Skagen",
            "/find-dit-lokalomraade?q=" + "x".repeat(120),
            "/find-dit-lokalomraade?lat=55.3505&lon=11.6936",
            "/find-dit-lokalomraade?lat=55.6761&lon=12.5683",
            "/side-der-ikke-findes",
            "/login",
            "/login?fejl=1",
            "/login?spaerret=15",
            "/?lang=en")) {
      visit(path);
      if (page.locator("[data-samspil-map]").count() > 0) {
        waitForMap();
      }
      Browser.assertAccessible(page);
    }
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 1280})
  void readsThePrivacyPolicyFromTheFooterOfTheLandingPage(int width) {
    context.close();
    context =
        Browser.context(
            base,
            new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, 900));
    page = context.newPage();
    visit("/");

    page.locator("footer")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Privatlivspolitik"))
        .click();

    page.waitForURL(base + "/privatliv");
    assertThat(page.locator("h1")).hasText("Privatlivspolitik");
    assertThat(page.locator("main")).containsText("Næstved Kommune er dataansvarlig");
    assertThat(page.locator("main")).containsText("Senest opdateret");
    assertThat(page.locator("main h2").first()).isVisible();
    Browser.assertAccessible(page);
  }

  /**
   * WCAG 1.4.10 on every public page, reached by clicking from the landing page: at 320 px, and at
   * 640 px (a 1280 px screen at 200 % zoom), no page scrolls sideways. A council member's pages
   * follow, with the members' table and the main navigation as it is for them.
   */
  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {320, 640})
  void everyPublicPageReflowsWithoutScrollingSideways(int width) {
    narrow(width);
    visit("/");
    waitForMap();
    Browser.assertReflows(page);

    openFromMainNavigation("Lokalområder", "/lokalomraader");
    openFirst("main table a[href^='/lokalomraader/']");
    openFromMainNavigation("Lokalråd", "/lokalraad");
    openFirst("main h2 a[href^='/lokalraad/']");
    openFromMainNavigation("Inddragelser", "/inddragelser");
    openFirst("main h2 a[href^='/inddragelser/']");
    openFromMainNavigation("Orienteringer", "/orienteringer");
    openFirst("main h2 a[href^='/orienteringer/']");
    openFromMainNavigation("Find dit lokalområde", "/find-dit-lokalomraade");
    openFromMainNavigation("Kontakt", "/kontakt");
    for (String link : List.of("Om samarbejdet", "Tilgængelighedserklæring", "Privatlivspolitik")) {
      clickAndLeave(
          page.locator("footer")
              .getByRole(
                  AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true)));
    }

    Browser.signIn(page, "formand.fensmark@samspil.test", Browser.DEMO_PASSWORD);
    assertThat(page.locator("h1")).isVisible();
    Browser.assertReflows(page);
    openFromMainNavigation("Mit lokalråd", "/mit-lokalraad");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medlemmer og invitationer"))
        .first()
        .click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    assertThat(page.locator("main table")).isVisible();
    Browser.assertReflows(page);
    Browser.assertAccessible(page);
  }

  @Test
  void theSignInPageReflowsOnAPhone() {
    narrow(320);
    visit("/");
    page.locator("header a", new Page.LocatorOptions().setHasText("Log ind")).first().click();
    page.waitForURL(url -> url.contains("/login"));
    Browser.assertReflows(page);
  }

  @Test
  void anInvitationWithoutAnAddressComesBackWithTheErrorSummaryFocusedAndNamedInTheTitle() {
    visit("/");
    Browser.signIn(page, "formand.fensmark@samspil.test", Browser.DEMO_PASSWORD);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medlemmer og invitationer"))
        .first()
        .click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    assertThat(page).not().hasTitle(Pattern.compile("^Fejl"));

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();

    page.waitForSelector("#fejlopsummering");
    page.waitForFunction("() => document.activeElement?.id === 'fejlopsummering'");
    assertThat(page).hasTitle(Pattern.compile("^Fejl: "));
    assertThat(page.locator("#fejlopsummering")).containsText("Der er fejl i formularen");
    Browser.assertAccessible(page);
  }

  @Test
  void areasOnTheFrontPageMapAreNamedLinksThatEnterOpens() {
    visit("/");
    waitForMap();

    assertThat(page.locator("path.samspil-area[role=link][tabindex='0']")).hasCount(19);
    assertThat(page.locator("path.samspil-area-herlufmagle"))
        .hasAttribute("aria-label", Pattern.compile("^Herlufmagle, Tybjerg og Aversi – .+"));
    assertThat(page.locator(".leaflet-control-zoom-in")).hasAttribute("title", "Zoom ind");
    assertThat(page.locator(".leaflet-control-zoom-out")).hasAttribute("title", "Zoom ud");
    Object fontSize =
        page.evaluate(
            "() => parseFloat(getComputedStyle(document.querySelector("
                + "'.leaflet-control-attribution')).fontSize)");
    assertThat(((Number) fontSize).doubleValue()).isGreaterThanOrEqualTo(12);
    Object notUnderlined =
        page.evaluate(
            "() => [...document.querySelectorAll('.leaflet-control-attribution a')]"
                + ".filter(a => !getComputedStyle(a).textDecorationLine.includes('underline'))"
                + ".length");
    assertThat(((Number) notUnderlined).intValue()).isZero();

    Browser.tabUntil(
        page,
        p ->
            String.valueOf(Browser.activeAttribute(p, "class"))
                .contains("samspil-area-herlufmagle"),
        80);
    page.keyboard().press("Enter");

    page.waitForURL("**/lokalomraader/herlufmagle");
    assertThat(page.locator("h1")).hasText("Herlufmagle, Tybjerg og Aversi");
  }

  @Test
  void theFindPagesMapKeepsItsAreasOutOfTheTabOrder() {
    visit("/");
    openFromMainNavigation("Find dit lokalområde", "/find-dit-lokalomraade");
    waitForMap();

    assertThat(page.locator("path.samspil-area")).hasCount(19);
    assertThat(page.locator("path.samspil-area[tabindex]")).hasCount(0);
    assertThat(page.locator("path.samspil-area[role=link]")).hasCount(0);
  }

  @Test
  void marksDanishDataAsDanishInTheEnglishInterface() {
    visit("/");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
    page.waitForURL(Pattern.compile(".*lang=en.*"));
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Local councils"))
        .click();
    assertThat(page.locator("main h2:has(a[href='/lokalraad/fensmark'])"))
        .hasAttribute("lang", "da");
    page.locator("main h2 a[href='/lokalraad/fensmark']").click();

    page.waitForURL(base + "/lokalraad/fensmark");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("h1")).hasAttribute("lang", "da");
    assertThat(page.locator("#about-heading")).not().hasAttribute("lang", "da");
    Browser.assertAccessible(page);
  }

  @Test
  void framesTheContentOnlyWhenTheSkipLinkTakesTheKeyboardThere() {
    visit("/");
    page.locator("main p.font-lead").click();
    assertThat(Browser.activeAttribute(page, "id")).isEqualTo("main-content");
    assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
        .isEqualTo("none");

    page.reload();
    page.keyboard().press("Tab");
    assertThat(Browser.activeAttribute(page, "class")).contains("skipnav");
    page.keyboard().press("Enter");

    page.waitForFunction("() => document.activeElement?.id === 'main-content'");
    assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
        .isEqualTo("solid");
  }

  void narrow(int width) {
    context.close();
    context =
        Browser.context(
            base,
            new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, 800));
    page = context.newPage();
  }

  void openFromMainNavigation(String name, String path) {
    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true))
        .click();
    page.waitForURL(base + path);
    Browser.assertReflows(page);
  }

  void openFirst(String selector) {
    clickAndLeave(page.locator(selector).first());
  }

  /** Clicks the link, waits for the page it opens and checks that page's reflow. */
  void clickAndLeave(Locator link) {
    String from = page.url();
    link.click();
    page.waitForURL(url -> !url.equals(from));
    assertThat(page.locator("h1")).isVisible();
    Browser.assertReflows(page);
  }

  @Test
  void drawsAllAreasWithoutMapTilesAndTellsCouncilsApartWithoutColour() {
    visit("/");
    waitForMap();

    assertThat(page.locator("path.samspil-area")).hasCount(19);
    // the five areas without a council are dashed
    assertThat(page.locator("path.samspil-area[stroke-dasharray]")).hasCount(5);
    assertThat(page.locator(".leaflet-control-attribution")).containsText("DAGI");
    assertThat(page.locator(".samspil-legend")).containsText("Stiplet kant");
  }

  @Test
  void clickingAnAreaOnTheMapOpensItsPage() {
    visit("/");
    waitForMap();

    page.locator("path.samspil-area-herlufmagle").click();

    page.waitForURL("**/lokalomraader/herlufmagle");
    assertThat(page.locator("h1")).hasText("Herlufmagle, Tybjerg og Aversi");
  }

  @Test
  void findsTheAreaByTypingWithTheKeyboardAlone() {
    visit("/find-dit-lokalomraade");

    page.keyboard().press("Tab");
    assertThat(Browser.activeAttribute(page, "class")).contains("skipnav");
    Browser.tabUntil(page, p -> "q".equals(Browser.activeAttribute(p, "id")), 20);
    page.keyboard().type("Glumso");
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*q=Glumso.*"));
    Browser.tabUntil(
        page, p -> "/lokalomraader/glumsoe".equals(Browser.activeAttribute(p, "href")), 30);
    page.keyboard().press("Enter");

    page.waitForURL("**/lokalomraader/glumsoe");
    assertThat(page.locator("h1")).hasText("Glumsø og omegn");
  }

  @Test
  void findsTheAreaByClickingTheMap() {
    visit("/find-dit-lokalomraade");
    waitForMap();

    page.locator("path.samspil-area-herlufmagle").click();

    page.waitForURL(Pattern.compile(".*lat=.*lon=.*"));
    assertThat(page.locator("#resultat")).containsText("Punktet ligger i lokalområdet");
    assertThat(page.locator("#resultat a[href='/lokalomraader/herlufmagle']")).isVisible();
  }

  @Test
  void signsInAndOutWithTheKeyboard() {
    visit("/");
    page.getByText("Log ind").first().click();
    page.waitForURL("**/login");

    Browser.tabUntil(page, p -> "username".equals(Browser.activeAttribute(p, "id")), 30);
    page.keyboard().type("borger@samspil.test");
    page.keyboard().press("Tab");
    page.keyboard().type("demo1234demo");
    page.keyboard().press("Enter");

    page.waitForURL(base + "/");
    assertThat(page.locator(".samspil-signedin")).containsText("Bo Bech");
    Browser.assertAccessible(page);

    page.getByText("Log ud").click();
    page.waitForURL(Pattern.compile(".*logget-ud.*"));
    assertThat(page.locator(".samspil-user")).containsText("Log ind");
    assertThat(page.locator(".samspil-notice")).containsText("Du er logget ud");
  }

  @Test
  void findsTheAreaFromTheBrowsersLocation() {
    context.close();
    context =
        Browser.context(
            base,
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setGeolocation(new Geolocation(55.3505, 11.6936))
                .setPermissions(List.of("geolocation")));
    page = context.newPage();
    visit("/find-dit-lokalomraade");

    page.getByText("Brug min placering").click();

    page.waitForURL(Pattern.compile(".*lat=55\\.3505.*"));
    assertThat(page.locator("#resultat a[href='/lokalomraader/glumsoe']")).isVisible();
  }
}
