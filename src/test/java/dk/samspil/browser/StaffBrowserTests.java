package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.samspil.SamspilTest;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An employee's journey in a real browser, from the landing page and by clicks only: sign in,
 * create a process, see the proposed councils and a deadline warning, extend the deadline in one
 * click, publish (on a phone and a desktop). Every staff page is checked with axe, forms with
 * errors included.
 */
@SamspilTest
class StaffBrowserTests {

  @LocalServerPort int port;
  @Autowired InvolvementMother mother;
  @Autowired ProcessQueries queries;
  String base;
  BrowserContext context;
  Page page;

  @BeforeEach
  void open() {
    base = "http://localhost:" + port;
    openAt(1280);
  }

  /** A fresh browser this wide, signed in as the employee from the landing page. */
  void openAt(int width) {
    if (context != null) {
      context.close();
    }
    context = Browser.context(base, new NewContextOptions().setViewportSize(width, 900));
    page = context.newPage();
    Browser.signInFromLanding(page, base, "medarbejder@samspil.test");
  }

  @AfterEach
  void close() {
    context.close();
  }

  /** From wherever the employee is, the header's "Medarbejder" link. */
  void clickStaff() {
    page.locator(".samspil-user")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Medarbejder"))
        .click();
  }

  /** A link of the staff menu (Inddragelser, Overblik, Orienteringer, ...). */
  void clickMenu(String name) {
    page.locator(".samspil-staff-nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 1280})
  void createsAProcessSeesTheProposalExtendsTheDeadlineAndPublishes(int width) {
    openAt(width);
    String title = InvolvementMother.unique("Ny sti til skolen");
    LocalDate today = queries.today();

    clickStaff();
    page.waitForURL(base + "/medarbejder/inddragelser");
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny inddragelse"))
        .first()
        .click();
    page.waitForURL(base + "/medarbejder/inddragelser/ny");
    Browser.assertAccessible(page);

    // sent without a title: the errors are shown, and what was typed stays
    page.fill("#resume", "Hvor skal stien gå, og hvad skal den kunne?");
    page.fill("#tekst", "# Baggrund\n\nEn **sikker** skolevej.");
    page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Opret kladde"))
        .click();
    assertThat(page.locator("#fejlopsummering")).containsText("Skriv en titel.");
    assertThat(page.locator("#tekst")).hasValue("# Baggrund\n\nEn **sikker** skolevej.");
    Browser.assertAccessible(page);

    page.fill("#titel", title);
    page.selectOption("#type", "ANLAEGSPROJEKT");
    page.check("#omraade-" + mother.areaId("fensmark"));
    page.check("#omraade-" + mother.areaId("herlufsholm"));
    page.check("#tema-" + mother.themeId("sundhed-aeldre"));
    page.fill("#fase-1-navn", "Idéfase");
    page.fill("#fase-1-start", today.toString());
    page.fill("#frist", today.plusDays(9).toString());
    page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Opret kladde"))
        .click();
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator(".samspil-markdown strong")).hasText("sikker");
    Browser.assertAccessible(page);

    // a document: a real PDF is taken, a web page calling itself a PDF is not
    page.setInputFiles(
        "#fil",
        new FilePayload("side.pdf", "application/pdf", "<html>ikke en pdf</html>".getBytes(UTF_8)));
    page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Upload")).click();
    assertThat(page.locator("#fejlopsummering")).containsText("Filen er hverken en PDF");
    Browser.assertAccessible(page);
    page.setInputFiles(
        "#fil", new FilePayload("plan.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(UTF_8)));
    page.fill("#dokument-titel", "Skitse af stien");
    page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Upload")).click();
    assertThat(page.locator(".samspil-notice")).containsText("Dokumentet er tilføjet");
    assertThat(page.locator(".samspil-documents")).containsText("Skitse af stien");

    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Vælg lokalråd og offentliggør"))
        .click();
    assertThat(page.locator("#raad-" + mother.councilId("fensmark"))).isChecked();
    assertThat(page.locator("#raad-" + mother.councilId("fensmark") + "-grunde"))
        .hasText("området berøres");
    assertThat(page.locator("#raad-" + mother.councilId("lille-naestved") + "-grunde"))
        .hasText("interesserer sig for temaet Sundhed og ældre");
    assertThat(page.locator("#raad-" + mother.councilId("glumsoe"))).not().isChecked();
    assertThat(page.locator(".samspil-no-council")).containsText("Herlufsholm");
    assertThat(page.locator(".samspil-deadline-warnings"))
        .containsText("Perioden er kortere end minimum");
    Browser.assertAccessible(page);

    page.locator("#forlaeng").click();
    assertThat(page.locator(".samspil-notice")).containsText("Fristen er forlænget");
    assertThat(page.locator(".samspil-deadline-warnings")).hasCount(0);
    Browser.assertAccessible(page);

    page.locator("#offentliggoer").click();
    assertThat(page.locator(".samspil-notice")).containsText("Inddragelsen er offentliggjort");
    assertThat(page.locator("#svar")).isVisible();

    InvolvementProcess process = mother.processTitled(title);
    assertThat(process.getStatus()).isEqualTo(ProcessStatus.AABEN);
    assertThat(process.getDeadline()).isAfter(today.plusDays(9));
  }

  @Test
  void everyStaffPageHasNoAccessibilityViolations() {
    InvolvementProcess process =
        mother.open(
            InvolvementMother.unique("Tilgængelig"),
            queries.today().plusWeeks(6),
            "fensmark",
            "tappernoeje");
    mother.contribute(process, "fensmark", "Vi foreslår en cykelsti.\n\nOg et fortov.");
    mother.decline(process, "tappernoeje", "Ingen møder i perioden");
    // the newest open process of every department comes first
    clickStaff();
    page.waitForURL(base + "/medarbejder/inddragelser");
    page.selectOption("#center", "alle");
    page.selectOption("#status", "AABEN");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis").setExact(true))
        .click();
    page.waitForURL(url -> url.contains("center=alle"));
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(process.getTitle())).click();
    assertThat(page.locator("#svar")).isVisible();
    Browser.assertAccessible(page);

    // feedback without a verdict: the error is shown next to the field
    page.locator("#begrundelse-" + mother.invitation(process, "fensmark").getId()).fill("Tak");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send tilbagemelding"))
        .click();
    assertThat(page.locator("#fejlopsummering")).containsText("Vælg, hvordan bidraget er brugt.");
    Browser.assertAccessible(page);

    // the other staff pages, reached through the staff menu
    clickMenu("Overblik");
    page.waitForURL(base + "/medarbejder/overblik");
    Browser.assertAccessible(page);
    clickMenu("Orienteringer");
    page.waitForURL(base + "/medarbejder/orienteringer");
    Browser.assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny orientering"))
        .first()
        .click();
    page.waitForURL(base + "/medarbejder/orienteringer/ny");
    Browser.assertAccessible(page);

    page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Send orienteringen"))
        .click();
    assertThat(page.locator("#fejlopsummering")).containsText("Skriv orienteringens tekst.");
    Browser.assertAccessible(page);
  }
}
