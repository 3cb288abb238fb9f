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
