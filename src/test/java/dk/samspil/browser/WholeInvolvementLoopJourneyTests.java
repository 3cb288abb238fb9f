package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole loop of the agreement in one journey, each step by the person who takes it: an employee
 * creates a process, sees the proposed councils with reasons and publishes; a Fensmark member
 * drafts; the Fensmark chair sends; the Tappernøje chair declines; the employee gives feedback and
 * records the outcome; and a citizen reads all of it on the public page. Each person starts from
 * the landing page and moves by clicks. Every page of the journey is checked with axe.
 */
@SamspilTest
class WholeInvolvementLoopJourneyTests {

  @LocalServerPort int port;
  @Autowired ProcessQueries queries;
  @Autowired InvolvementMother mother;

  String base;
  final List<BrowserContext> contexts = new ArrayList<>();

  @BeforeEach
  void open() {
    base = "http://localhost:" + port;
  }

  @AfterEach
  void close() {
    contexts.forEach(BrowserContext::close);
  }

  Page anonymous() {
    BrowserContext context = Browser.context(base);
    contexts.add(context);
    return context.newPage();
  }

  /**
   * Signed in from the landing page by clicking "Log ind"; a council member lands on Mit lokalråd.
   */
  Page signedIn(String email) {
    Page page = anonymous();
    Browser.signInFromLanding(page, base, email);
    return page;
  }

  Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  /**
   * From any page, the employee's way to a process: "Medarbejder" in the header, then its title.
   */
  void openAsEmployee(Page employee, String title) {
    employee
        .locator("header")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Medarbejder"))
        .click();
    link(employee, title).first().click();
    assertThat(employee.locator("h1")).hasText(title);
  }

  /** From Mit lokalråd, by clicks, to the council's page of the process. */
  void openInvitation(Page page, String title) {
    link(page, title).first().click();
    page.waitForURL(Pattern.compile(".*/mit-lokalraad/[a-z-]+/inddragelser/\\d+$"));
  }

  Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  @Test
  void fromTheEmployeesDraftToWhatTheCitizenSees() {
    String title = InvolvementMother.unique("Helhedsplan for Fensmark og Tappernøje");

    // the employee creates the process and publishes it to the proposed councils
    Page employee = signedIn("medarbejder@samspil.test");
    employee
        .locator("header")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Medarbejder"))
        .click();
    Browser.assertAccessible(employee);
    link(employee, "Ny inddragelse").first().click();
    employee.waitForURL(base + "/medarbejder/inddragelser/ny");
    employee.fill("#titel", title);
    employee.fill("#resume", "Hvordan skal de to byer udvikle sig de næste ti år?");
    employee.fill("#tekst", "Kommunen vil gerne høre **lokalrådenes** ønsker.");
    employee.selectOption("#type", "HANDLEPLAN");
    employee.check("#omraade-" + mother.areaId("fensmark"));
    employee.check("#omraade-" + mother.areaId("tappernoeje"));
    employee.fill("#frist", queries.today().plusWeeks(12).toString());
    button(employee, "Opret kladde").click();
    assertThat(employee.locator("h1")).hasText(title);
    Matcher id = Pattern.compile("/medarbejder/inddragelser/(\\d+)").matcher(employee.url());
    assertThat(id.find()).isTrue();
    long processId = Long.parseLong(id.group(1));
    Browser.assertAccessible(employee);

    employee
        .getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Vælg lokalråd og offentliggør"))
        .click();
    assertThat(employee.locator("#raad-" + mother.councilId("fensmark") + "-grunde"))
        .hasText("området berøres");
    assertThat(employee.locator("#raad-" + mother.councilId("tappernoeje"))).isChecked();
    Browser.assertAccessible(employee);
    employee.locator("#offentliggoer").click();
    assertThat(employee.locator(".samspil-notice")).containsText("Inddragelsen er offentliggjort");

    // a Fensmark member drafts; the chair sends
    String councilPage = "/mit-lokalraad/fensmark/inddragelser/" + processId;
    Page member = signedIn("medlem.fensmark@samspil.test");
    openInvitation(member, title);
    assertThat(member).hasURL(base + councilPage);
    member.locator("#tekst").fill("Fensmark ønsker en ny skolesti og flere boliger til unge.");
    button(member, "Gem kladde").click();
    assertThat(member.locator("#tekst"))
        .hasValue("Fensmark ønsker en ny skolesti og flere boliger til unge.");
    Browser.assertAccessible(member);

    Page chair = signedIn("formand.fensmark@samspil.test");
    openInvitation(chair, title);
    assertThat(chair.locator("#tekst"))
        .hasValue("Fensmark ønsker en ny skolesti og flere boliger til unge.");
    button(chair, "Send bidraget til kommunen").click();
    chair.waitForURL(base + councilPage + "/send");
    Browser.assertAccessible(chair);
    button(chair, "Bekræft og send").click();
    assertThat(chair.locator(".samspil-notice")).containsText("Bidraget er sendt");
    Browser.assertAccessible(chair);

    // the Tappernøje chair declines
    Page other = signedIn("formand.tappernoeje@samspil.test");
    openInvitation(other, title);
    other.locator("#begrundelse").fill("Rådet har ikke et møde før fristen.");
    button(other, "Tak nej på rådets vegne").click();
    assertThat(other.locator(".samspil-notice")).containsText("I har takket nej");

    // the employee gives feedback, closes for contributions and records the outcome
    long invitation = mother.invitation(queries.process(processId), "fensmark").getId();
    openAsEmployee(employee, title);
    employee.check("#vurdering-" + invitation + "-DELVIST_ANVENDT");
    employee.fill(
        "#begrundelse-" + invitation, "Skolestien kommer med i planen; boligerne venter.");
    button(employee, "Send tilbagemelding").click();
    assertThat(employee.locator("main")).containsText("Skolestien kommer med i planen");
    button(employee, "Luk for bidrag").click();
    employee.fill("#beslutning", "Byrådet vedtog helhedsplanen med en ny skolesti i Fensmark.");
    employee.fill("#dato", queries.today().toString());
    button(employee, "Registrér resultatet").click();
    assertThat(employee.locator("main")).containsText("Byrådet vedtog helhedsplanen");
    Browser.assertAccessible(employee);
    assertThat(queries.process(processId).getStatus()).isEqualTo(ProcessStatus.AFGJORT);

    // a citizen sees the answers, the feedback and the outcome
    Page citizen = anonymous();
    citizen.navigate(base + "/");
    citizen
        .locator("nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inddragelser"))
        .first()
        .click();
    link(citizen, title).first().click();
    citizen.waitForURL(base + "/inddragelser/" + processId);
    Locator answers = citizen.locator("table.samspil-answers");
    assertThat(answers.locator("tr", new Locator.LocatorOptions().setHasText("Fensmark")))
        .containsText("Bidrag sendt");
    assertThat(answers.locator("tr", new Locator.LocatorOptions().setHasText("Tappernøje")))
        .containsText("Takket nej");
    assertThat(citizen.locator("main"))
        .containsText("Fensmark ønsker en ny skolesti og flere boliger til unge.");
    assertThat(citizen.locator("main")).containsText("Delvist anvendt");
    assertThat(citizen.locator("main")).containsText("Skolestien kommer med i planen");
    assertThat(citizen.locator("main"))
        .containsText("Byrådet vedtog helhedsplanen med en ny skolesti i Fensmark.");
    Browser.assertAccessible(citizen);
  }
}
