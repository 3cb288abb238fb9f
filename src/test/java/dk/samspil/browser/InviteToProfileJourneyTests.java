package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilProfile;
import dk.samspil.council.CouncilProfileManagement;
import dk.samspil.notification.TestMailServer;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The council's whole way in for a new board member: the chair invites them by e-mail and gives
 * them the right to answer, they accept the invitation from the mail, sign in, and edit the
 * council's profile; and someone who already has an account, who is offered the seat and joins by
 * accepting it.
 */
@SamspilTest
class InviteToProfileJourneyTests {

  static final String PASSWORD = "et-godt-kodeord-til-rådet";

  @LocalServerPort int port;
  @Autowired GreenMail greenMail;
  @Autowired CouncilManagement councils;
  @Autowired CouncilMembership membership;
  @Autowired CouncilProfileManagement profiles;
  @Autowired AccountManagement accounts;

  String base;
  String email;
  CouncilProfile original;
  BrowserContext context;
  Page page;

  @BeforeEach
  void open() {
    base = "http://localhost:" + port;
    email = "ny.naestformand-" + UUID.randomUUID() + "@samspil.test";
    original = councils.council("fensmark").profile();
    context = Browser.context(base);
    page = context.newPage();
  }

  @AfterEach
  void close() {
    context.close();
    profiles.updateProfile("fensmark", original);
    accounts
        .accountByEmail(email)
        .ifPresent(
            account ->
                membership
                    .seatsOf(account.getId())
                    .forEach(seat -> membership.removeMember("fensmark", seat.getId())));
  }

  void signOut() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
    page.waitForURL(Pattern.compile(".*logget-ud.*"));
  }

  @Test
  void chairInvitesANewMemberWhoAcceptsSignsInAndEditsTheProfile() {
    Browser.signInFromLanding(page, base, "formand.fensmark@samspil.test");
    page.waitForURL(base + "/mit-lokalraad/fensmark");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medlemmer og invitationer"))
        .click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    page.locator("#email").fill(email);
    page.locator("#navn").fill("Nina Næstformand");
    page.locator("#position").selectOption("NAESTFORMAND");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitationen er sendt");
    assertThat(page.locator("main")).containsText(email);
    Browser.assertAccessible(page);

    page.locator("tr", new Page.LocatorOptions().setHasText(email)).locator("a").first().click();
    page.locator("#maaSvare").check();
    page.locator("main form button[type=submit]").first().click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ændringen er gemt.");
    signOut();

    String link =
        TestMailServer.link(
            TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret"),
            "/invitation?token=");
    page.navigate(base + URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
    page.locator("#name").fill("Nina Næstformand");
    page.locator("#password").fill(PASSWORD);
    page.locator("#repeat").fill(PASSWORD);
    page.locator("main form button[type=submit]").click();
    page.waitForURL("**/login");
    assertThat(page.locator("main")).containsText("Din konto er klar.");

    // the acceptance lands on the sign-in page: she signs in there
    page.locator("#username").fill(email);
    page.locator("#password").fill(PASSWORD);
    page.locator("main form button[type=submit]").click();
    page.waitForURL(base + "/mit-lokalraad/fensmark");
    assertThat(page.locator(".samspil-signedin")).containsText("Nina Næstformand");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rediger lokalrådets profil"))
        .click();
    page.waitForURL(base + "/lokalraad/fensmark/rediger");
    String rhythm =
        "Anden onsdag i måneden kl. 19 (" + UUID.randomUUID().toString().substring(0, 8) + ")";
    page.locator("#moederytme").fill(rhythm);
    page.locator("main form button[type=submit]").first().click();
    page.waitForURL(base + "/lokalraad/fensmark/rediger");
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Profilen er gemt.");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se den offentlige side"))
        .first()
        .click();
    page.waitForURL(base + "/lokalraad/fensmark");
    assertThat(page.locator("main")).containsText(rhythm);
    assertThat(councils.council("fensmark").getMeetingRhythm()).isEqualTo(rhythm);
  }

  @Test
  void someoneWithAnAccountIsOfferedTheSeatAndJoinsByAcceptingAfterSigningIn() {
    accounts.ensureActiveAccount(email, "Karin Kontohaver", PASSWORD);
    Browser.signInFromLanding(page, base, "formand.fensmark@samspil.test");
    page.waitForURL(base + "/mit-lokalraad/fensmark");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medlemmer og invitationer"))
        .click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    page.locator("#email").fill(email);
    page.locator("#position").selectOption("KASSERER");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
    page.waitForURL(base + "/lokalraad/fensmark/medlemmer");
    assertThat(page.getByRole(AriaRole.STATUS))
        .containsText("Invitationen er sendt til " + email + ".");
    assertThat(page.locator("main")).not().containsText("Karin Kontohaver");
    assertThat(membership.seatOn("fensmark", accounts.accountByEmail(email).orElseThrow().getId()))
        .isEmpty();
    signOut();

    // the link leads through sign-in and back to the offer
    String link =
        TestMailServer.link(
            TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret til"),
            "/lokalraad-invitation?token=");
    page.navigate(base + URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
    page.waitForURL(url -> url.contains("/login"));
    page.fill("#username", email);
    page.fill("#password", PASSWORD);
    page.locator("form.samspil-form button[type=submit]").click();
    page.waitForURL(url -> url.contains("/lokalraad-invitation"));
    assertThat(page.locator("main")).containsText("Kasserer");
    Browser.assertAccessible(page);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tak ja")).click();
    page.waitForURL(base + "/mit-lokalraad/fensmark");
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er nu med i");
    assertThat(membership.seatOn("fensmark", accounts.accountByEmail(email).orElseThrow().getId()))
        .isPresent();
  }
}
