package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.account.TestAccounts;
import dk.samspil.notification.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen on a phone brings a proposal from the landing page by clicks: the form, the preview
 * that names the Fensmark council, the mailed link, the confirmation. Every page is axe-clean and
 * reflows at 390 px.
 */
@SamspilTest
class ProposalSubmitBrowserTests {

  @LocalServerPort int port;
  @Autowired GreenMail greenMail;

  BrowserContext context;

  @AfterEach
  void close() {
    if (context != null) {
      context.close();
    }
  }

  Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void bringsAProposalOnAPhoneFromTheLandingPage() {
    String base = "http://localhost:" + port;
    context = Browser.context(base, new NewContextOptions().setViewportSize(390, 844));
    Page page = context.newPage();
    String email = TestAccounts.uniqueEmail("telefon");

    page.navigate(base + "/");
    page.getByRole(AriaRole.LINK, named("Kom med et forslag")).first().click();
    assertThat(page.locator("h1")).hasText("Kom med et forslag");
    Browser.assertAccessible(page);
    Browser.assertReflows(page);

    // a click on the map picks a place
    page.locator("[data-samspil-map][data-loaded]").waitFor();
    page.locator("[data-samspil-map]").click();
    assertThat(page.locator(".samspil-pick-status")).hasText("Du har valgt et sted på kortet.");
    assertThat(page.locator("#sted-KORT")).isChecked();

    page.getByLabel("Forslag", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Overskrift").fill("Fodgængerovergang ved Fensmark Skole");
    page.getByLabel("Beskrivelse").fill("Børnene krydser vejen hver morgen.");
    page.getByLabel("Det gælder hele lokalområdet").check();
    page.selectOption(
        "#omraade", new com.microsoft.playwright.options.SelectOption().setLabel("Fensmark"));
    page.getByLabel("Dit navn").fill("Mette Hansen");
    page.getByLabel("Din e-mailadresse").fill(email);
    // people take longer than the minimum fill time
    page.waitForTimeout(5_500);
    page.getByRole(AriaRole.BUTTON, named("Se dit forslag, før du sender")).click();

    assertThat(page.locator("h1")).hasText("Se dit forslag, før du sender det");
    assertThat(page.locator("#modtager")).containsText("Fensmark Lokalråd får dit forslag");
    Browser.assertAccessible(page);
    Browser.assertReflows(page);
    page.getByRole(AriaRole.BUTTON, named("Send forslaget")).click();

    assertThat(page.locator("h1")).hasText("Tjek din e-mail");
    Browser.assertAccessible(page);

    String link =
        TestMailServer.link(
            TestMailServer.awaitMessageTo(greenMail, email, "Bekræft dit forslag"),
            "/forslag/bekraeft?token=");
    page.navigate(link.replaceFirst("https?://[^/]+", base));
    assertThat(page.locator("h1")).hasText("Bekræft dit forslag");
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.BUTTON, named("Bekræft forslaget")).click();

    assertThat(page.locator("h1")).hasText("Dit forslag er modtaget");
    assertThat(page.locator("main")).containsText("Fensmark Lokalråd har fået dit forslag");
    Browser.assertAccessible(page);
  }
}
