package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.involvement.InvolvementFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact person's main path in a real browser, by clicks only: she signs in from the landing
 * page, lands on her desk, opens one of her councils' processes and reads a contribution that is
 * not public, marked as such. On a desktop and on a phone; the desk's tables reflow at 320 px.
 */
@SamspilTest
class ContactDeskBrowserTests {

  @LocalServerPort int port;
  @Autowired InvolvementFixtures fixtures;

  @ParameterizedTest
  @ValueSource(ints = {1280, 390})
  void contactPersonOpensHerCouncilsProcessAndReadsAContributionThatIsNotPublic(int width) {
    String title = InvolvementFixtures.uniqueTitle("Skolevej");
    Long process = fixtures.openProcess(title, "fensmark", "tappernoeje");
    fixtures.contribute(
        process,
        "fensmark",
        "Kun til kommunen: beboerne på Skolevej 3 er bekymrede.",
        false,
        "formand.fensmark@samspil.test");
    String base = "http://localhost:" + port;
    try (BrowserContext context =
        Browser.context(base, new NewContextOptions().setViewportSize(width, 900))) {
      Page page = context.newPage();

      Browser.signInFromLanding(page, base, "kontaktperson@samspil.test");

      page.waitForURL(base + "/kontaktperson");
      assertThat(page.locator("h1")).hasText("Dine lokalråd og områder");
      assertThat(page.locator("header a[aria-current=page]")).hasText("Kontaktperson");
      assertThat(page.locator("header")).not().containsText("Medarbejder");
      assertThat(page.locator("#raad-fensmark")).isVisible();
      Browser.assertAccessible(page);
      assertReflowsAt320(page);

      // other tests invite her councils too: page on until the process shows
      Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
      for (int side = 0; side < 50 && link.count() == 0; side++) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Næste side")).click();
        page.waitForLoadState();
      }
      link.click();

      page.waitForURL(base + "/kontaktperson/inddragelser/" + process);
      assertThat(page.locator("h1")).hasText(title);
      Locator fensmark =
          page.locator("article", new Page.LocatorOptions().setHas(page.locator("#svar-fensmark")));
      assertThat(fensmark).containsText("Kun til kommunen: beboerne på Skolevej 3 er bekymrede.");
      assertThat(fensmark.locator(".samspil-not-public")).hasText("Ikke offentligt");
      Browser.assertAccessible(page);
    }
  }

  /** At 320 px (WCAG 1.4.10 reflow) the page scrolls only vertically, its tables included. */
  private static void assertReflowsAt320(Page page) {
    var size = page.viewportSize();
    page.setViewportSize(320, 900);
    Object overflow =
        page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue())
        .as("horizontal overflow at 320 px")
        .isLessThanOrEqualTo(0);
    page.setViewportSize(size.width, size.height);
  }
}
