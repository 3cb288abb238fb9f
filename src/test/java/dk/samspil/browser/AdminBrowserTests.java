package dk.samspil.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.notification.TestMailServer;
import dk.samspil.organisation.OrganisationManagement;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An administrator's journeys through the administration, in a real browser, checked with axe. */
@SamspilTest
class AdminBrowserTests {

  @LocalServerPort int port;
  @Autowired AccountManagement accounts;
  @Autowired OrganisationManagement organisation;
  @Autowired JdbcClient jdbc;
  @Autowired GreenMail greenMail;
  String base;
  BrowserContext context;
  Page page;

  @BeforeEach
  void signInAsAdministrator() {
    base = "http://localhost:" + port;
    context = Browser.context(base);
    page = context.newPage();
    Browser.signInFromLanding(page, base, "admin@samspil.test");
  }

  /** From any page, the header's link to the administration's home. */
  void toAdministration() {
    page.locator(".samspil-user")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration"))
        .click();
    page.waitForURL(base + "/admin");
  }

  /** Clicks the first link on the page to {@code href} (the navigation's or the content's). */
  void click(String href) {
    page.locator("a[href='" + href + "']").first().click();
    page.waitForURL(base + href);
  }

  /** Searches the accounts list for {@code query}, as typed into its search field. */
  void searchAccounts(String query) {
    page.getByLabel("Navn eller e-mail").fill(query);
    page.locator("main form.samspil-filter button").click();
    page.waitForURL(url -> url.contains("/admin/konti?q="));
  }

  @AfterEach
  void close() {
    context.close();
  }

  static Path geoJson(String name) throws URISyntaxException {
    return Path.of(AdminBrowserTests.class.getResource("/geojson/" + name).toURI());
  }

  @Test
  void everyAdministrationPageHasNoAccessibilityViolations() throws Exception {
    long admin = accounts.accountByEmail("admin@samspil.test").orElseThrow().getId();
    long borger = accounts.accountByEmail("borger@samspil.test").orElseThrow().getId();
    long theme = organisation.themes().get(0).getId();
    long department = organisation.departments().get(0).getId();
    long committee = organisation.committees().get(0).getId();
    long contact = organisation.contactPersons().get(0).getId();
    toAdministration();
    assertAccessibleWithHeading();
    // each list, its form for a new item, and one item, all by the links a person would click
    for (List<String> hrefs :
        List.of(
            List.of("/admin/omraader", "/admin/omraader/ny"),
            List.of(
                "/admin/omraader", "/admin/omraader/fensmark", "/admin/omraader/fensmark/sogne"),
            List.of("/admin/omraader", "/admin/omraader/import"),
            List.of("/admin/lokalraad", "/admin/lokalraad/ny"),
            List.of("/admin/lokalraad", "/admin/lokalraad/fensmark"),
            List.of("/admin/temaer", "/admin/temaer/ny"),
            List.of("/admin/temaer", "/admin/temaer/" + theme),
            List.of("/admin/centre", "/admin/centre/ny"),
            List.of("/admin/centre", "/admin/centre/" + department),
            List.of("/admin/udvalg", "/admin/udvalg/ny"),
            List.of("/admin/udvalg", "/admin/udvalg/" + committee),
            List.of("/admin/kontaktpersoner", "/admin/kontaktpersoner/ny"),
            List.of("/admin/kontaktpersoner", "/admin/kontaktpersoner/" + contact),
            List.of("/admin/konti", "/admin/konti/inviter"),
            List.of("/admin/sider", "/admin/sider/privatliv"))) {
      for (String href : hrefs) {
        click(href);
        assertAccessibleWithHeading();
      }
    }

    click("/admin/konti");
    searchAccounts("ingen-saadan-person");
    assertAccessibleWithHeading();
    for (var account :
        Map.of("admin@samspil.test", admin, "borger@samspil.test", borger).entrySet()) {
      searchAccounts(account.getKey());
      click("/admin/konti/" + account.getValue());
      assertAccessibleWithHeading();
      click("/admin/konti");
    }

    // a file over the size limit is refused as soon as it is chosen, before anything is sent
    click("/admin/omraader");
    click("/admin/omraader/import");
    Path tooLarge = Files.createTempFile("for-stor", ".geojson");
    try {
      Files.write(tooLarge, new byte[6 * 1024 * 1024]);
      page.locator("#fil").setInputFiles(tooLarge);
      assertThat(page.locator("#fil-size-error"))
          .containsText("Filen er for stor. Den må højst fylde 5 MB.");
      assertThat(page.locator("#fil")).hasAttribute("aria-invalid", "true");
      assertThat((String) page.locator("#fil").evaluate("input => input.value")).isEmpty();
      assertAccessibleWithHeading();
    } finally {
      Files.delete(tooLarge);
    }
  }

  void assertAccessibleWithHeading() {
    assertThat(page.locator("h1")).isVisible();
    Browser.assertAccessible(page);
  }

  @Test
  void formsWithMistakesHaveNoAccessibilityViolations() {
    toAdministration();
    for (String list :
        List.of(
            "/admin/omraader",
            "/admin/lokalraad",
            "/admin/temaer",
            "/admin/centre",
            "/admin/udvalg",
            "/admin/kontaktpersoner",
            "/admin/konti")) {
      click(list);
      click(list.equals("/admin/konti") ? "/admin/konti/inviter" : list + "/ny");
      page.locator("form.samspil-form button[type=submit]").click();
      page.waitForLoadState();
      assertThat(page.locator(".samspil-error-summary")).isVisible();
      assertThat(page.locator(".form-error").first()).isVisible();
      Browser.assertAccessible(page);
    }
  }

  @Test
  void uploadsABadFileAndSeesEveryReasonThenAValidOneOnTheMap() throws Exception {
    toAdministration();
    click("/admin/omraader");
    page.getByText("Importér grænser (GeoJSON)").first().click();
    page.waitForURL("**/admin/omraader/import");

    page.locator("#fil").setInputFiles(geoJson("several-problems.geojson"));
    page.getByText("Kontrollér filen").click();

    assertThat(page.locator("#importfejl"))
        .containsText("Filen kan ikke importeres – intet er ændret");
    assertThat(page.locator("#importfejl .samspil-problems li")).hasCount(7);
    for (String reason :
        List.of(
            "koordinatsystemet „urn:ogc:def:crs:EPSG::25832“",
            "Polygonen skærer sig selv",
            "Egenskaben „slug“",
            "Der findes intet område med adressen „zz-nyt“",
            "står flere gange i filen",
            "Ligger delvist uden for kommunegrænsen",
            "Overlapper område nr. 8")) {
      assertThat(page.locator("#importfejl")).containsText(reason);
    }
    Browser.assertAccessible(page);

    page.locator("#fil").setInputFiles(geoJson("valid.geojson"));
    page.getByText("Kontrollér filen").click();

    page.waitForURL(Pattern.compile(".*/admin/omraader/import/\\d+$"));
    page.waitForSelector("[data-samspil-map][data-loaded]");
    assertThat(page.locator("[data-samspil-map]")).hasAttribute("data-loaded", "1");
    assertThat(page.locator("path.samspil-area-zz-test-import")).hasCount(1);
    assertThat(page.locator("table")).containsText("Prøveområde (test)");
    assertThat(page.locator("table")).containsText("Nyt område");
    assertThat(page.getByText("Anvend", new Page.GetByTextOptions().setExact(true))).isVisible();
    Browser.assertAccessible(page);

    // leave the demonstration data as it was: discard rather than apply
    page.getByText("Kassér", new Page.GetByTextOptions().setExact(true)).click();
    page.waitForURL("**/admin/omraader/import");
    assertThat(page.locator("[role=status]").first()).containsText("er kasseret");
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 1280})
  void changesTheAboutPageFromTheAdministrationsHomeByClicking(int width) {
    Map<String, Object> original =
        jdbc.sql("select body, updated_at, updated_by from page where slug = 'om-samarbejdet'")
            .query()
            .singleRow();
    context.close();
    context = Browser.context(base, new NewContextOptions().setViewportSize(width, 900));
    page = context.newPage();
    String marker = "Tilføjet " + UUID.randomUUID().toString().substring(0, 8) + ".";
    try {
      page.navigate(base + "/");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log ind").setExact(true))
          .click();
      page.getByLabel("E-mailadresse").fill("admin@samspil.test");
      page.getByLabel("Adgangskode").fill("demo1234demo");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
      page.waitForURL(url -> !url.contains("/login"));

      page.locator(".samspil-user")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration"))
          .click();
      page.waitForURL(base + "/admin");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Faste sider")).click();
      page.waitForURL(base + "/admin/sider");
      assertThat(page.locator("h1")).hasText("Faste sider");
      Browser.assertAccessible(page);

      page.locator("main table")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Om samarbejdet"))
          .click();
      page.waitForURL(base + "/admin/sider/om-samarbejdet");
      Locator body = page.getByLabel("Tekst", new Page.GetByLabelOptions().setExact(true));
      body.fill(body.inputValue() + "\n\n" + marker);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forhåndsvis")).click();
      assertThat(page.locator(".samspil-preview")).containsText(marker);
      Browser.assertAccessible(page);

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
      page.waitForURL(base + "/admin/sider");
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Siden „Om samarbejdet“ er gemt.");
      Browser.assertAccessible(page);

      page.locator("main table")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("/om-samarbejdet"))
          .click();
      page.waitForURL(base + "/om-samarbejdet");
      assertThat(page.locator("main")).containsText(marker);
    } finally {
      jdbc.sql(
              "update page set body = ?, updated_at = ?, updated_by = ?"
                  + " where slug = 'om-samarbejdet'")
          .params(original.get("body"), original.get("updated_at"), original.get("updated_by"))
          .update();
    }
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {390, 1280})
  void invitesTheFirstChairOfACouncilWithoutMembersWhoAcceptsAndLandsOnItsHome(int width) {
    context.close();
    context = Browser.context(base, new NewContextOptions().setViewportSize(width, 900));
    page = context.newPage();
    String email = "ny.formand-" + UUID.randomUUID() + "@samspil.test";
    String password = "den første formands eget kodeord";
    BrowserContext chairs =
        Browser.context(base, new NewContextOptions().setViewportSize(width, 900));
    try {
      Browser.signInFromLanding(page, base, "admin@samspil.test");
      page.locator(".samspil-user")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration"))
          .click();
      page.waitForURL(base + "/admin");
      page.locator(".samspil-admin-nav")
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lokalråd"))
          .click();
      page.waitForURL(base + "/admin/lokalraad");
      Browser.assertAccessible(page);

      Locator withoutMembers =
          page.locator("main tbody tr")
              .filter(new Locator.FilterOptions().setHasText("Ingen endnu"))
              .first();
      String council = withoutMembers.locator("td").first().innerText().strip();
      withoutMembers
          .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Invitér medlem"))
          .click();
      page.waitForURL(url -> url.endsWith("/inviter"));
      assertThat(page).hasURL(Pattern.compile(".*/lokalraad/[^/]+/inviter$"));
      String slug = page.url().replaceAll(".*/lokalraad/([^/]+)/inviter$", "$1");
      assertThat(page.locator("h1")).hasText("Invitér medlemmer til " + council);
      assertThat(page.locator("main")).containsText("ingen medlemmer i Samspil endnu");
      Browser.assertAccessible(page);

      page.getByLabel("E-mailadresse").fill(email);
      page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Frida Første");
      page.getByLabel("Plads i bestyrelsen").selectOption("FORMAND");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitationen er sendt");
      assertThat(page.locator("main")).containsText("Frida Første");
      Browser.assertAccessible(page);

      // the chair, in a browser of her own, follows the mail's link
      String link =
          TestMailServer.link(
              TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret"),
              "/invitation?token=");
      Page chair = chairs.newPage();
      chair.navigate(base + URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery());
      Browser.assertAccessible(chair);
      chair.locator("#password").fill(password);
      chair.locator("#repeat").fill(password);
      chair.locator("main form button[type=submit]").click();
      chair.waitForURL("**/login");
      assertThat(chair.locator("main")).containsText("Din konto er klar.");
      chair.locator("#username").fill(email);
      chair.locator("#password").fill(password);
      chair.locator("form.samspil-form button[type=submit]").click();
      Browser.awaitSignedIn(chair);
      assertThat(chair).hasURL(base + "/mit-lokalraad/" + slug);
      assertThat(chair.locator("h1")).containsText(council);
      Browser.assertAccessible(chair);
    } finally {
      chairs.close();
      accounts
          .accountByEmail(email)
          .ifPresent(
              account ->
                  jdbc.sql("delete from council_member where account_id = ?")
                      .param(account.getId())
                      .update());
    }
  }
}
