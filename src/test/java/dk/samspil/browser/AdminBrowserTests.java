package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.organisation.OrganisationManagement;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator's journeys through the administration, in a real browser, checked with axe. */
@SamspilTest
class AdminBrowserTests {

  @LocalServerPort int port;
  @Autowired AccountManagement accounts;
  @Autowired OrganisationManagement organisation;
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
            "/admin/konti/" + borger)) {
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
}
