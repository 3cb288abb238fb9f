package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.organisation.OrganisationManagement;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An administrator's journeys through the administration, in a real browser, checked with axe. */
@SamspilTest
class AdminBrowserTests {

  @LocalServerPort int port;
  @Autowired AccountManagement accounts;
  @Autowired OrganisationManagement organisation;
  @Autowired JdbcClient jdbc;
  String base;
  BrowserContext context;
  Page page;

  @BeforeEach
  void signInAsAdministrator() {
    base = "http://localhost:" + port;
    context = Browser.context(base);
    page = context.newPage();
    page.navigate(base + "/login");
    page.locator("#username").fill("admin@samspil.test");
    page.locator("#password").fill("demo1234demo");
    page.locator("form.samspil-form button[type=submit]").click();
    page.waitForURL(url -> !url.contains("/login"));
  }

  @AfterEach
  void close() {
    context.close();
  }

  static Path geoJson(String name) throws URISyntaxException {
    return Path.of(AdminBrowserTests.class.getResource("/geojson/" + name).toURI());
  }

  @Test
  void everyAdministrationPageHasNoAccessibilityViolations() {
    long admin = accounts.accountByEmail("admin@samspil.test").orElseThrow().getId();
    long borger = accounts.accountByEmail("borger@samspil.test").orElseThrow().getId();
    long theme = organisation.themes().get(0).getId();
    long department = organisation.departments().get(0).getId();
    long committee = organisation.committees().get(0).getId();
    long contact = organisation.contactPersons().get(0).getId();
    for (String path :
        List.of(
            "/admin/omraader",
            "/admin/omraader/ny",
            "/admin/omraader/fensmark",
            "/admin/omraader/fensmark/sogne",
            "/admin/omraader/import",
            "/admin/omraader/import?for-stor",
            "/admin/lokalraad",
            "/admin/lokalraad/ny",
            "/admin/lokalraad/fensmark",
            "/admin/temaer",
            "/admin/temaer/ny",
            "/admin/temaer/" + theme,
            "/admin/centre",
            "/admin/centre/ny",
            "/admin/centre/" + department,
            "/admin/udvalg",
            "/admin/udvalg/ny",
            "/admin/udvalg/" + committee,
            "/admin/kontaktpersoner",
            "/admin/kontaktpersoner/ny",
            "/admin/kontaktpersoner/" + contact,
            "/admin/konti",
            "/admin/konti?q=ingen-saadan-person",
            "/admin/konti/inviter",
            "/admin/konti/" + admin,
            "/admin/konti/" + borger,
            "/admin/sider",
            "/admin/sider/privatliv")) {
      page.navigate(base + path);
      assertThat(page.locator("h1")).isVisible();
      Browser.assertAccessible(page);
    }
  }

  @Test
  void formsWithMistakesHaveNoAccessibilityViolations() {
    for (String path :
        List.of(
            "/admin/omraader/ny",
            "/admin/lokalraad/ny",
            "/admin/temaer/ny",
            "/admin/centre/ny",
            "/admin/udvalg/ny",
            "/admin/kontaktpersoner/ny",
            "/admin/konti/inviter")) {
      page.navigate(base + path);
      page.locator("form.samspil-form button[type=submit]").click();
      page.waitForLoadState();
      assertThat(page.locator(".samspil-error-summary")).isVisible();
      assertThat(page.locator(".form-error").first()).isVisible();
      Browser.assertAccessible(page);
    }
  }

  @Test
  void uploadsABadFileAndSeesEveryReasonThenAValidOneOnTheMap() throws Exception {
    page.navigate(base + "/admin/omraader");
    page.getByText("Importér grænser (GeoJSON)").first().click();
    page.waitForURL("**/admin/omraader/import");

    page.locator("#fil").setInputFiles(geoJson("several-problems.geojson"));
    page.getByText("Kontrollér filen").click();

    assertThat(page.locator("#importfejl"))
        .containsText("Filen kan ikke importeres – intet er ændret");
    assertThat(page.locator("#importfejl .samspil-problems li")).hasCount(7);
    for (String reason :
        List.of(
            "koordinatsystemet „urn:ogc:def:crs:EPSG::25832“",
            "Polygonen skærer sig selv",
            "Egenskaben „slug“",
            "Der findes intet område med adressen „zz-nyt“",
            "står flere gange i filen",
            "Ligger delvist uden for kommunegrænsen",
            "Overlapper område nr. 8")) {
      assertThat(page.locator("#importfejl")).containsText(reason);
    }
    Browser.assertAccessible(page);

    page.locator("#fil").setInputFiles(geoJson("valid.geojson"));
    page.getByText("Kontrollér filen").click();

    page.waitForURL(Pattern.compile(".*/admin/omraader/import/\\d+$"));
    page.waitForSelector("[data-samspil-map][data-loaded]");
    assertThat(page.locator("[data-samspil-map]")).hasAttribute("data-loaded", "1");
    assertThat(page.locator("path.samspil-area-zz-test-import")).hasCount(1);
    assertThat(page.locator("table")).containsText("Prøveområde (test)");
    assertThat(page.locator("table")).containsText("Nyt område");
    assertThat(page.getByText("Anvend", new Page.GetByTextOptions().setExact(true))).isVisible();
    Browser.assertAccessible(page);

    // leave the demonstration data as it was: discard rather than apply
    page.getByText("Kassér", new Page.GetByTextOptions().setExact(true)).click();
    page.waitForURL("**/admin/omraader/import");
    assertThat(page.locator("[role=status]").first()).containsText("er kasseret");
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 1280})
  void changesTheAboutPageFromTheAdministrationsHomeByClicking(int width) {
    Map<String, Object> original =
        jdbc.sql("select body, updated_at, updated_by from page where slug = 'om-samarbejdet'")
            .query()
            .singleRow();
    context.close();
    context = Browser.context(base, new NewContextOptions().setViewportSize(width, 900));
    page = context.newPage();
    String marker = "Tilføjet " + UUID.randomUUID().toString().substring(0, 8) + ".";
    try {
      page.navigate(base + "/");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind").setExact(true))
          .click();
      page.getByLabel("E-mailadresse").fill("admin@samspil.test");
      page.getByLabel("Adgangskode").fill("demo1234demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
      page.waitForURL(url -> !url.contains("/login"));

      page.locator(".samspil-user")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration"))
          .click();
      page.waitForURL(base + "/admin");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Faste sider")).click();
      page.waitForURL(base + "/admin/sider");
      assertThat(page.locator("h1")).hasText("Faste sider");
      Browser.assertAccessible(page);

      page.locator("main table")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Om samarbejdet"))
          .click();
      page.waitForURL(base + "/admin/sider/om-samarbejdet");
      Locator body = page.getByLabel("Tekst", new Page.GetByLabelOptions().setExact(true));
      body.fill(body.inputValue() + "\n\n" + marker);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forhåndsvis")).click();
      assertThat(page.locator(".samspil-preview")).containsText(marker);
      Browser.assertAccessible(page);

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
      page.waitForURL(base + "/admin/sider");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Siden „Om samarbejdet“ er gemt.");
      Browser.assertAccessible(page);

      page.locator("main table")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("/om-samarbejdet"))
          .click();
      page.waitForURL(base + "/om-samarbejdet");
      assertThat(page.locator("main")).containsText(marker);
    } finally {
      jdbc.sql(
              "update page set body = ?, updated_at = ?, updated_by = ?"
                  + " where slug = 'om-samarbejdet'")
          .params(original.get("body"), original.get("updated_at"), original.get("updated_by"))
          .update();
    }
  }
}
