package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A long draft survives an expired session, from the landing page by clicks only: a Fensmark member
 * signs in, reaches the invitation from Mit lokalråd and drafts; the session ends (its cookie is
 * gone); the autosave says in Danish that the member must sign in again, with a link back; after
 * signing in the kept text is offered and saved. Then "Gem kladde" after the session ended: the
 * Danish session-ended page, sign-in, and the text is back. Finally the chair sends after seeing
 * what is sent, to whom, and whether it is public. Every page is checked with axe; the journey runs
 * at desktop and at phone width.
 */
@SamspilTest
class DraftSurvivesExpiredSessionJourneyTests {

  static final String MEMBER = "medlem.fensmark@samspil.test";
  static final String CHAIR = "formand.fensmark@samspil.test";

  @LocalServerPort int port;
  @Autowired InvolvementFixtures fixtures;

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

  @Test
  void atDesktopWidth() {
    journey(new com.microsoft.playwright.Browser.NewContextOptions());
  }

  @Test
  void atPhoneWidth() {
    journey(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
  }

  @Test
  void reloadingRightAfterTypingNeverShowsAConflictWithOneself() {
    String title = InvolvementFixtures.uniqueTitle("Genindlæst kladde");
    Long id = fixtures.openProcess(title, "fensmark");
    String draftPage = base + "/mit-lokalraad/fensmark/inddragelser/" + id;
    Page member = browser(new com.microsoft.playwright.Browser.NewContextOptions());
    Browser.signInFromLanding(member, base, MEMBER);
    link(member, title).click();
    member.waitForURL(draftPage);

    String typed = "Skrevet og straks genindlæst.";
    member.locator("#tekst").fill(typed);
    member.reload();
    if (member.locator("#gemt-i-browseren").isVisible()) {
      // the page was read before the last save arrived: the browser's copy is offered
      button(member, "Brug den gemte tekst").click();
    }
    assertThat(member.locator("#tekst")).hasValue(typed);
    member.locator("#tekst").fill(typed + " Og lidt mere.");
    // wait in the browser (Playwright serves the page's requests only while it is called)
    for (int waited = 0;
        waited < 25_000
            && !fixtures.invitation(id, "fensmark").getDraftText().equals(typed + " Og lidt mere.");
        waited += 500) {
      member.waitForTimeout(500);
    }
    assertThat(fixtures.invitation(id, "fensmark").getDraftText())
        .isEqualTo(typed + " Og lidt mere.");
    assertThat(member.locator("#tekst-status")).containsText("Gemt kl.");
    assertThat(member.locator(".samspil-conflict")).hasCount(0);
    assertThat(member).hasURL(draftPage);
    Browser.assertAccessible(member);
  }

  Page browser(com.microsoft.playwright.Browser.NewContextOptions options) {
    BrowserContext context = Browser.context(base, options);
    contexts.add(context);
    return context.newPage();
  }

  static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  /** Fills in the sign-in form the page is on and sends it. */
  static void signInHere(Page page, String email) {
    page.waitForURL(url -> url.contains("/login"));
    Browser.assertAccessible(page);
    page.fill("#username", email);
    page.fill("#password", Browser.DEMO_PASSWORD);
    page.locator("form.samspil-form button[type=submit]").click();
    Browser.awaitSignedIn(page);
  }

  void journey(com.microsoft.playwright.Browser.NewContextOptions options) {
    String title = InvolvementFixtures.uniqueTitle("Trafiksikker skolevej");
    Long id = fixtures.openProcess(title, "fensmark");
    String draftPage = base + "/mit-lokalraad/fensmark/inddragelser/" + id;

    // the member signs in from the landing page and reaches the invitation from Mit lokalråd
    Page member = browser(options);
    Browser.signInFromLanding(member, base, MEMBER);
    assertThat(member.locator("h1")).containsText("Fensmark Lokalråd");
    Browser.assertAccessible(member);
    link(member, title).click();
    member.waitForURL(draftPage);
    Browser.assertAccessible(member);
    String first = "Skolevejen skal have et fodgængerfelt ved hallen.";
    member.locator("#tekst").fill(first);
    assertThat(member.locator("#tekst-status"))
        .containsText("Gemt kl.", new LocatorAssertions.ContainsTextOptions().setTimeout(25_000));
    assertThat(fixtures.invitation(id, "fensmark").getDraftText()).isEqualTo(first);

    // the session ends while the member writes on: the autosave says so, nothing is lost
    member.context().clearCookies();
    String longer = first + "\n\nOg lavere fart på Viemosevej, især om morgenen.";
    member.locator("#tekst").fill(longer);
    Locator signedOut = member.locator("#logget-ud");
    assertThat(signedOut).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(25_000));
    assertThat(signedOut).containsText("Du er ikke længere logget ind");
    assertThat(member.locator("main")).not().containsText("Forbidden");
    assertThat(member.locator("main")).not().containsText("403");
    Browser.assertAccessible(member);
    assertThat(fixtures.invitation(id, "fensmark").getDraftText()).isEqualTo(first);

    // signing in again through the message's link comes back to the draft, and the text is offered
    signedOut.getByRole(AriaRole.LINK).click();
    signInHere(member, MEMBER);
    member.waitForURL(draftPage);
    assertThat(member.locator("#gemt-i-browseren")).isVisible();
    Browser.assertAccessible(member);
    button(member, "Brug den gemte tekst").click();
    assertThat(member.locator("#tekst")).hasValue(longer);
    assertThat(member.locator("#tekst-status"))
        .containsText("Gemt kl.", new LocatorAssertions.ContainsTextOptions().setTimeout(25_000));
    assertThat(fixtures.invitation(id, "fensmark").getDraftText()).isEqualTo(longer);

    // "Gem kladde" after the session ended: a Danish page with a way back, and the text comes back
    member.context().clearCookies();
    String last = longer + "\nTak for invitationen.";
    member.locator("#tekst").fill(last);
    button(member, "Gem kladde").click();
    assertThat(member.locator("h1")).containsText("Din session er udløbet");
    assertThat(member.locator("main")).not().containsText("Forbidden");
    Browser.assertAccessible(member);
    member.locator("main a[href^='/login']").first().click();
    signInHere(member, MEMBER);
    member.waitForURL(draftPage);
    button(member, "Brug den gemte tekst").click();
    assertThat(member.locator("#tekst")).hasValue(last);
    assertThat(member.locator("#tekst-status"))
        .containsText("Gemt kl.", new LocatorAssertions.ContainsTextOptions().setTimeout(25_000));
    assertThat(fixtures.invitation(id, "fensmark").getDraftText()).isEqualTo(last);

    // the chair signs in, reads the draft, sees what is sent and to whom, and confirms once
    Page chair = browser(options);
    Browser.signInFromLanding(chair, base, CHAIR);
    link(chair, title).first().click();
    chair.waitForURL(draftPage);
    assertThat(chair.locator("#tekst")).hasValue(last);
    assertThat(chair.locator("#gemt-i-browseren")).isHidden();
    button(chair, "Send bidraget til kommunen").click();
    chair.waitForURL(draftPage + "/send");
    assertThat(chair.locator("main")).containsText("Tak for invitationen.");
    assertThat(chair.locator("#offentlig-ja")).isChecked();
    assertThat(chair.locator("main")).containsText("Nej, kun til kommunen");
    Browser.assertAccessible(chair);
    assertThat(fixtures.invitation(id, "fensmark").getState())
        .as("nothing is sent before it is confirmed")
        .isEqualTo(Invitation.State.DRAFT);
    button(chair, "Bekræft og send").click();
    chair.waitForURL(draftPage);
    assertThat(chair.locator(".samspil-notice")).containsText("Bidraget er sendt");
    Browser.assertAccessible(chair);
    Invitation sent = fixtures.invitation(id, "fensmark");
    assertThat(sent.getState()).isEqualTo(Invitation.State.CONTRIBUTED);
    assertThat(sent.getSentText()).isEqualTo(last);
    assertThat(sent.isContributionPublic()).isTrue();
  }
}
