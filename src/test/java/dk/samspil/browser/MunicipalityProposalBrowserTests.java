package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.proposal.MunicipalityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The municipality's pages of a forwarded proposal on a phone (390 px), by clicks from where each
 * person lands: the contact person gives it to a department from her list; the department's
 * employee acknowledges and answers it. Every page is axe clean.
 */
@SamspilTest
class MunicipalityProposalBrowserTests {

  @LocalServerPort int port;
  @Autowired MunicipalityFixtures fixtures;

  @Test
  void theContactPersonRoutesAProposalAndTheEmployeeAcknowledgesAndAnswersIt() {
    String title = MunicipalityFixtures.uniqueTitle("Bænk ved søen");
    fixtures.forwarded(title, MunicipalityFixtures.uniqueProposer());
    String base = "http://localhost:" + port;

    try (BrowserContext context =
        Browser.context(base, new NewContextOptions().setViewportSize(390, 900))) {
      Page page = context.newPage();
      Browser.signInFromLanding(page, base, MunicipalityFixtures.CONTACT_PERSON);
      page.waitForURL(base + "/kontaktperson");
      page.locator("header a", new Page.LocatorOptions().setHasText("Forslag at fordele")).click();
      page.waitForURL(base + "/kontaktperson/forslag");
      assertThat(page.locator("h1")).hasText("Borgerforslag");
      Browser.assertAccessible(page);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
      assertThat(page.locator("h1")).hasText(title);
      Browser.assertAccessible(page);
      page.getByText("Center for Plan og Miljø", new Page.GetByTextOptions().setExact(true))
          .click();
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Giv forslaget til forvaltningen"))
          .click();
      page.waitForURL(base + "/kontaktperson/forslag");
      assertThat(page.locator("#hos-forvaltningerne").locator("xpath=..")).containsText(title);
    }

    try (BrowserContext context =
        Browser.context(base, new NewContextOptions().setViewportSize(390, 900))) {
      Page page = context.newPage();
      Browser.signInFromLanding(page, base, MunicipalityFixtures.EMPLOYEE);
      page.locator("header a", new Page.LocatorOptions().setHasText("Medarbejder")).click();
      page.locator(".samspil-staff-nav a", new Page.LocatorOptions().setHasText("Borgerforslag"))
          .click();
      page.waitForURL(base + "/medarbejder/forslag");
      Browser.assertAccessible(page);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
      assertThat(page.locator("h1")).hasText(title);
      Browser.assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kvittér")).click();
      assertThat(page.locator(".alert-success, [role=status]").first())
          .containsText("Du har kvitteret for forslaget.");

      page.getByLabel("Ja – skriv, hvad der sker, og hvornår").check();
      page.getByLabel("Svaret til forslagsstilleren og lokalrådet")
          .fill("Vi sætter en bænk op i juni.");
      Browser.assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send svaret")).click();
      Locator answer = page.locator("main");
      assertThat(answer).containsText("Vi sætter en bænk op i juni.");
      assertThat(answer).containsText("Meld forslaget gennemført");
      Browser.assertAccessible(page);
    }
  }
}
