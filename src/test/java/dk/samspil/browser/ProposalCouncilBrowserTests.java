package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.proposal.CouncilProposalMother;
import dk.samspil.proposal.Proposal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chair qualifies a citizen's proposal in a real browser, by clicks only: from the landing page
 * to Mit lokalråd, the proposal's handling page, a comment, and the forward with the council's
 * assessment. On a desktop and on a phone; every page axe-clean.
 */
@SamspilTest
class ProposalCouncilBrowserTests {

  @LocalServerPort int port;
  @Autowired CouncilProposalMother mother;

  @ParameterizedTest
  @ValueSource(ints = {1280, 390})
  void theChairFindsTheProposalOnMitLokalraadCommentsAndForwardsIt(int width) {
    Proposal proposal =
        mother.atCouncil(
            CouncilProposalMother.unique("Fodgængerovergang på Fensmarkvej"),
            "fensmark",
            CouncilProposalMother.uniqueEmail("browser"));
    String base = "http://localhost:" + port;
    try (BrowserContext context =
        Browser.context(base, new NewContextOptions().setViewportSize(width, 900))) {
      Page page = context.newPage();

      Browser.signInFromLanding(page, base, "formand.fensmark@samspil.test");
      page.waitForURL(base + "/mit-lokalraad/fensmark");
      assertThat(page.locator("#borgerforslag")).hasText("Borgerforslag til lokalrådet");
      Browser.assertAccessible(page);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(proposal.getTitle()))
          .click();
      page.waitForURL(base + "/forslag/" + proposal.getId() + "/behandling");
      assertThat(page.locator("h1")).hasText(proposal.getTitle());
      Browser.assertAccessible(page);
      Browser.assertReflows(page);

      page.getByLabel("Skriv en kommentar").fill("Den har vi ønsket længe.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj kommentar"))
          .click();
      assertThat(page.locator("#kommentarer").locator(".."))
          .containsText("Den har vi ønsket længe.");

      page.getByLabel("Lokalrådet støtter forslaget", new Page.GetByLabelOptions().setExact(true))
          .check();
      page.getByLabel("Begrundelse").fill("Passer til områdets ønske om sikre skoleveje.");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send videre til kommunen"))
          .click();
      page.waitForURL(base + "/forslag/" + proposal.getId() + "/behandling");
      assertThat(page.locator("body")).containsText("er sendt videre til kommunen");
      assertThat(page.locator("body")).containsText("Sendt videre til kommunen");
      Browser.assertAccessible(page);
    }
  }
}
