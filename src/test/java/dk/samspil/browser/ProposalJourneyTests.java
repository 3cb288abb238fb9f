package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dk.samspil.SamspilTest;
import dk.samspil.account.TestAccounts;
import dk.samspil.notification.TestMailServer;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A proposal's whole life, by clicks from where each person lands, on a phone and on a desktop: a
 * citizen brings it from the landing page and confirms it from the mail; a member of the Fensmark
 * council comments on it from "Mit lokalråd"; the chair forwards it with the council's assessment;
 * the contact person gives it to the traffic department; the department's employee acknowledges and
 * answers; the citizen follows the answer mail to the public page, which shows the whole way. Every
 * page is axe-clean.
 */
@SamspilTest
class ProposalJourneyTests {

  @LocalServerPort int port;
  @Autowired GreenMail greenMail;

  String base;

  @ParameterizedTest
  @ValueSource(ints = {390, 1280})
  void aProposalGoesFromTheCitizenThroughTheCouncilToTheDepartmentAndBack(int width) {
    base = "http://localhost:" + port;
    String title =
        "Fodgængerovergang ved Fensmark Skole " + UUID.randomUUID().toString().substring(0, 6);
    String email = TestAccounts.uniqueEmail("forslag");

    try (BrowserContext citizen = context(width)) {
      Page page = citizen.newPage();
      bring(page, title, email);
      confirm(page, email);
    }
    try (BrowserContext member = context(width)) {
      Page page = member.newPage();
      openFromMitLokalraad(page, "medlem.fensmark@samspil.test", title);
      page.getByLabel("Skriv en kommentar").fill("Den har vi ønsket længe.");
      page.getByRole(AriaRole.BUTTON, named("Tilføj kommentar")).click();
      assertThat(page.locator("#kommentarer").locator(".."))
          .containsText("Den har vi ønsket længe.");
      Browser.assertAccessible(page);
    }
    try (BrowserContext chair = context(width)) {
      Page page = chair.newPage();
      openFromMitLokalraad(page, "formand.fensmark@samspil.test", title);
      assertThat(page.locator("#kommentarer").locator(".."))
          .containsText("Den har vi ønsket længe.");
      page.getByLabel("Lokalrådet støtter forslaget", new Page.GetByLabelOptions().setExact(true))
          .check();
      page.getByLabel("Begrundelse").fill("Passer til områdets ønske om sikre skoleveje.");
      page.getByRole(AriaRole.BUTTON, named("Send videre til kommunen")).click();
      assertThat(page.locator("body")).containsText("er sendt videre til kommunen");
      Browser.assertAccessible(page);
    }
    try (BrowserContext contactPerson = context(width)) {
      Page page = contactPerson.newPage();
      Browser.signInFromLanding(page, base, "kontaktperson@samspil.test");
      page.locator("header a", new Page.LocatorOptions().setHasText("Forslag at fordele")).click();
      page.waitForURL(base + "/kontaktperson/forslag");
      Browser.assertAccessible(page);
      page.getByRole(AriaRole.LINK, named(title)).click();
      assertThat(page.locator("h1")).hasText(title);
      assertThat(page.locator("main"))
          .containsText("Passer til områdets ønske om sikre skoleveje.");
      Browser.assertAccessible(page);
      page.getByText("Center for Vej, Park og Trafik", new Page.GetByTextOptions().setExact(true))
          .click();
      page.getByRole(AriaRole.BUTTON, named("Giv forslaget til forvaltningen")).click();
      page.waitForURL(base + "/kontaktperson/forslag");
      assertThat(page.locator("#hos-forvaltningerne").locator("xpath=..")).containsText(title);
      Browser.assertAccessible(page);
    }
    try (BrowserContext employee = context(width)) {
      Page page = employee.newPage();
      Browser.signInFromLanding(page, base, "trafik@samspil.test");
      page.locator("header a", new Page.LocatorOptions().setHasText("Medarbejder")).click();
      page.locator(".samspil-staff-nav a", new Page.LocatorOptions().setHasText("Borgerforslag"))
          .click();
      page.waitForURL(base + "/medarbejder/forslag");
      Browser.assertAccessible(page);
      page.getByRole(AriaRole.LINK, named(title)).click();
      assertThat(page.locator("h1")).hasText(title);
      page.getByRole(AriaRole.BUTTON, named("Kvittér")).click();
      assertThat(page.locator(".alert-success, [role=status]").first())
          .containsText("Du har kvitteret for forslaget.");
      page.getByLabel("Ja – skriv, hvad der sker, og hvornår").check();
      page.getByLabel("Svaret til forslagsstilleren og lokalrådet")
          .fill("Vi etablerer overgangen i sommerferien 2027.");
      Browser.assertAccessible(page);
      page.getByRole(AriaRole.BUTTON, named("Send svaret")).click();
      assertThat(page.locator("main")).containsText("Vi etablerer overgangen i sommerferien 2027.");
      Browser.assertAccessible(page);
    }
    try (BrowserContext citizen = context(width)) {
      Page page = citizen.newPage();
      String link =
          TestMailServer.link(
              TestMailServer.awaitMessageTo(
                  greenMail, email, "Kommunen har svaret på dit forslag: " + title),
              "/forslag/");
      page.navigate(link.replaceFirst("https?://[^/]+", base));
      assertThat(page.locator("h1")).hasText(title);
      Locator main = page.locator("main");
      assertThat(main).containsText("Vi etablerer overgangen i sommerferien 2027.");
      assertThat(main).containsText("Modtaget af lokalrådet");
      assertThat(main).containsText("Sendt videre til kommunen");
      assertThat(main).containsText("Passer til områdets ønske om sikre skoleveje.");
      assertThat(main).containsText("Givet til en forvaltning");
      assertThat(main).containsText("Forvaltningen har kvitteret for modtagelsen");
      assertThat(main).containsText("Kommunen har svaret");
      assertThat(main).not().containsText(email);
      Browser.assertAccessible(page);
    }
  }

  private void bring(Page page, String title, String email) {
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
    page.getByLabel("Overskrift").fill(title);
    page.getByLabel("Beskrivelse").fill("Børnene krydser vejen hver morgen.");
    page.getByLabel("Det gælder hele lokalområdet").check();
    page.selectOption("#omraade", new SelectOption().setLabel("Fensmark"));
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
  }

  private void confirm(Page page, String email) {
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

  private void openFromMitLokalraad(Page page, String email, String title) {
    Browser.signInFromLanding(page, base, email);
    page.waitForURL(base + "/mit-lokalraad/fensmark");
    assertThat(page.locator("#borgerforslag")).hasText("Borgerforslag til lokalrådet");
    page.getByRole(AriaRole.LINK, named(title)).click();
    assertThat(page.locator("h1")).hasText(title);
    Browser.assertAccessible(page);
  }

  private BrowserContext context(int width) {
    return Browser.context(base, new NewContextOptions().setViewportSize(width, 900));
  }

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }
}
