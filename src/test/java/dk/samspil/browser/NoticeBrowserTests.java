package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen finds the municipality's notices about an area and a theme, from the landing page and
 * by clicks alone, on a phone and a desktop; the filter is an ordinary form, so it works without
 * JavaScript too.
 */
@SamspilTest
class NoticeBrowserTests {

  @LocalServerPort int port;

  String base;
  BrowserContext context;

  @BeforeEach
  void open() {
    base = "http://localhost:" + port;
  }

  @AfterEach
  void close() {
    if (context != null) {
      context.close();
    }
  }

  Page page(int width, boolean javaScript) {
    context =
        Browser.context(
            base,
            new NewContextOptions().setViewportSize(width, 900).setJavaScriptEnabled(javaScript));
    return context.newPage();
  }

  Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 1280})
  void findsTheNoticesAboutAnAreaAndAThemeFromTheLandingPage(int width) {
    Page page = page(width, true);
    page.navigate(base + "/");

    page.locator("nav.samspil-nav")
        .getByText("Inddragelser", new Locator.GetByTextOptions().setExact(true))
        .click();
    link(page, "Orienteringer fra kommunen").click();
    assertThat(page.locator("h1")).hasText("Orienteringer");
    Browser.assertAccessible(page);

    page.selectOption("#omraade", "fensmark");
    page.selectOption("#tema", "trafik");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();

    page.waitForURL("**/orienteringer?omraade=fensmark&tema=trafik");
    assertThat(page.locator("#tema")).hasValue("trafik");
    assertThat(page.locator(".samspil-entries"))
        .containsText("Vejarbejde på Næstvedvej ved Fensmark");
    assertThat(page.locator(".samspil-entries"))
        .not()
        .containsText("Nye regler for tilskud til forsamlingshuse");
    Browser.assertAccessible(page);

    link(page, "Vejarbejde på Næstvedvej ved Fensmark").click();
    assertThat(page.locator(".samspil-facts")).containsText("Trafik og kollektiv trafik");
    assertThat(page.locator(".samspil-facts")).containsText("Fensmark");
    Browser.assertAccessible(page);
  }

  @Test
  void filtersWithoutJavaScriptAndSaysSoWhenNothingMatches() {
    Page page = page(1280, false);
    page.navigate(base + "/");

    page.locator("nav.samspil-nav")
        .getByText("Inddragelser", new Locator.GetByTextOptions().setExact(true))
        .click();
    link(page, "Orienteringer fra kommunen").click();
    page.selectOption("#omraade", "herlufsholm");
    page.selectOption("#tema", "turisme-erhverv");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();

    assertThat(page.locator("main")).containsText("Ingen orienteringer matcher dit valg.");
    link(page, "Nulstil").click();
    assertThat(page.locator("main")).containsText("Vejarbejde på Næstvedvej ved Fensmark");
  }
}
