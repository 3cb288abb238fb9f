package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.samspil.SamspilTest;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementFixtures;
import dk.samspil.notice.NoticeManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A council answering an invitation in a real browser, each person starting from the landing page
 * and moving by clicks: a Fensmark member drafts (autosaved, with a picture attached), the Fensmark
 * chair meets a conflict, merges, confirms and sends, the Tappernøje chair declines, and the public
 * page shows both. Every page on the way is checked with axe. The journey uses a process of its
 * own, so it can run any number of times.
 */
@SamspilTest
class InvolvementBrowserTests {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @LocalServerPort int port;
  @Autowired InvolvementFixtures fixtures;
  @Autowired NoticeManagement notices;

  String base;
  final List<BrowserContext> contexts = new ArrayList<>();

  @BeforeEach
  void open() {
    base = "http://localhost:" + port;
  }

  @AfterEach
  void close() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  /**
   * A browser of its own, signed in from the landing page by clicking "Log ind"; a council member
   * lands on Mit lokalråd.
   */
  Page signedIn(String email) {
    Page page = anonymous();
    Browser.signInFromLanding(page, base, email);
    return page;
  }

  /** From Mit lokalråd, by clicks, to the council's page of the process with this title. */
  void openInvitation(Page page, String title) {
    assertThat(page.locator("h1")).containsText("Lokalråd");
    link(page, title).first().click();
    page.waitForURL(Pattern.compile(".*/mit-lokalraad/[a-z-]+/inddragelser/\\d+$"));
  }

  Page anonymous() {
    BrowserContext context = Browser.context(base);
    contexts.add(context);
    return context.newPage();
  }

  Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  @Test
  void membersDraftTheChairSendsAnotherCouncilDeclinesAndThePublicSeesBoth() {
    String title = InvolvementFixtures.uniqueTitle("Ny bypark i Fensmark");
    Long id = fixtures.openProcess(title, "fensmark", "tappernoeje");
    String draftPage = "/mit-lokalraad/fensmark/inddragelser/" + id;

    // a member lands on Mit lokalråd, finds the invitation in the inbox and starts the draft
    Page member = signedIn("medlem.fensmark@samspil.test");
    Browser.assertAccessible(member);
    link(member, "Alle lokalrådets inddragelser").click();
    assertThat(member.locator("h1")).containsText("Fensmark Lokalråd");
    Browser.assertAccessible(member);
    member.getByText(title).click();
    member.waitForURL(base + draftPage);
    Browser.assertAccessible(member);
    member.locator("#tekst").fill("Parken skal have legeplads og bænke.");
    // autosave.js saves in the background and says so
    assertThat(member.locator("#tekst-status"))
        .containsText("Gemt kl.", new LocatorAssertions.ContainsTextOptions().setTimeout(25_000));
    assertThat(fixtures.invitation(id, "fensmark").getDraftText())
        .isEqualTo("Parken skal have legeplads og bænke.");
    member.locator("#fil").setInputFiles(new FilePayload("skitse.png", "image/png", PNG));
    button(member, "Gem kladde").click();
    assertThat(member.locator(".samspil-notice")).containsText("filen er vedhæftet");
    assertThat(member).hasURL(base + draftPage);
    assertThat(link(member, "skitse.png")).isVisible();
    Browser.assertAccessible(member);

    // the chair opens the page, the member saves again meanwhile: the chair sees both texts
    Page chair = signedIn("formand.fensmark@samspil.test");
    openInvitation(chair, title);
    fixtures.saveDraft(
        id,
        "fensmark",
        "Parken skal have legeplads og bænke.\nOg et shelter.",
        "medlem.fensmark@samspil.test");
    chair.locator("#tekst").fill("Lokalrådet bakker op om parken.");
    button(chair, "Gem kladde").click();
    assertThat(chair.locator(".samspil-conflict")).containsText("Maria Lund");
    assertThat(chair.locator(".samspil-their-text")).containsText("Og et shelter.");
    assertThat(chair.locator("#tekst")).hasValue("Lokalrådet bakker op om parken.");
    Browser.assertAccessible(chair);

    chair
        .locator("#tekst")
        .fill(
            "Lokalrådet bakker op om parken.\n\n"
                + "Parken skal have legeplads og bænke. Og et shelter.");
    button(chair, "Send bidraget til kommunen").click();
    chair.waitForURL(base + draftPage + "/send");
    assertThat(chair.locator("main")).containsText("Og et shelter.");
    Browser.assertAccessible(chair);
    button(chair, "Bekræft og send").click();
    assertThat(chair.locator(".samspil-notice")).containsText("Bidraget er sendt");
    Browser.assertAccessible(chair);
    Invitation sent = fixtures.invitation(id, "fensmark");
    assertThat(sent.getState()).isEqualTo(Invitation.State.CONTRIBUTED);
    assertThat(sent.getSentText()).contains("bakker op", "shelter");

    // Tappernøje's chair declines with a reason
    Page other = signedIn("formand.tappernoeje@samspil.test");
    openInvitation(other, title);
    Browser.assertAccessible(other);
    other.locator("#begrundelse").fill("Parken ligger langt fra Tappernøje.");
    button(other, "Tak nej på rådets vegne").click();
    assertThat(other.locator(".samspil-notice")).containsText("I har takket nej");
    assertThat(other).hasURL(base + "/mit-lokalraad/tappernoeje/inddragelser/" + id);

    // everyone can see what the councils answered: from the landing page to the process
    Page citizen = anonymous();
    citizen.navigate(base + "/");
    citizen
        .locator("nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inddragelser"))
        .first()
        .click();
    link(citizen, title).first().click();
    citizen.waitForURL(base + "/inddragelser/" + id);
    Locator answers = citizen.locator("table.samspil-answers");
    assertThat(answers.locator("tr", new Locator.LocatorOptions().setHasText("Fensmark")))
        .containsText("Bidrag sendt");
    assertThat(answers.locator("tr", new Locator.LocatorOptions().setHasText("Tappernøje")))
        .containsText("Takket nej");
    assertThat(citizen.locator(".samspil-contribution")).containsText("Og et shelter.");
    assertThat(link(citizen, "skitse.png")).isVisible();
    assertThat(citizen.locator("main")).not().containsText("langt fra Tappernøje");
    Browser.assertAccessible(citizen);
  }

  @Test
  void everyPublicInvolvementPageHasNoAccessibilityViolations() {
    Page page = anonymous();
    Long noticeId =
        notices.notices(null, 0, 1).getContent().stream().findFirst().orElseThrow().getId();
    for (String path :
        List.of(
            "/inddragelser",
            "/inddragelser?omraade=fensmark&tema=trafik&type=handleplan&status=open",
            "/inddragelser?omraade=atlantis",
            "/orienteringer",
            "/orienteringer?omraade=fensmark",
            "/orienteringer/" + noticeId,
            "/lokalraad/fensmark",
            "/lokalomraader/herlufsholm",
            "/inddragelser?lang=en")) {
      page.navigate(base + path);
      if (page.locator("[data-samspil-map]").count() > 0) {
        page.waitForSelector("[data-samspil-map][data-loaded]");
      }
      Browser.assertAccessible(page);
    }
    // every demonstration process page, whatever its state
    page.navigate(base + "/inddragelser");
    List<String> links =
        page.locator(".samspil-entry h2 a").all().stream()
            .map(link -> link.getAttribute("href"))
            .toList();
    assertThat(links).isNotEmpty();
    for (String link : links) {
      page.navigate(base + link);
      Browser.assertAccessible(page);
    }
  }

  @Test
  void showsTheCouncilItsInvitationsByKeyboard() {
    Page chair = signedIn("formand.tappernoeje@samspil.test");
    link(chair, "Alle lokalrådets inddragelser").click();
    chair.waitForURL(base + "/mit-lokalraad/tappernoeje/inddragelser");
    Browser.tabUntil(
        chair,
        p -> {
          String href = Browser.activeAttribute(p, "href");
          return href != null && href.startsWith("/mit-lokalraad/tappernoeje/inddragelser/");
        },
        60);
    chair.keyboard().press("Enter");
    chair.waitForURL(Pattern.compile(".*/mit-lokalraad/tappernoeje/inddragelser/\\d+$"));
    Browser.assertAccessible(chair);
  }
}
