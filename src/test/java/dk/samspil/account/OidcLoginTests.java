package dk.samspil.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.nimbusds.jose.JOSEObjectType;
import dk.samspil.SamspilTest;
import dk.samspil.notification.TestMailServer;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.SecretTokens;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in with OpenID Connect, the whole way a browser goes: from the login button to the provider
 * (a real OpenID Connect server started for the tests) and back, with a real HTTP client against
 * the running application and its database-backed session.
 */
@SamspilTest
class OidcLoginTests {

  @LocalServerPort int port;
  @Autowired AccountManagement accounts;
  @Autowired Accounts accountRepository;
  @Autowired OrganisationManagement organisation;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired GreenMail greenMail;

  HttpClient browser;
  String base;

  @BeforeEach
  void newBrowser() {
    base = "http://localhost:" + port;
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Test
  void loginPageOffersBothConfiguredProviders() throws Exception {
    String login = get("/login").body();

    assertThat(login)
        .contains("href=\"/oauth2/authorization/borger\"")
        .contains("Log ind med MitID")
        .contains("href=\"/oauth2/authorization/medarbejder\"")
        .contains("Log ind som medarbejder i kommunen");
  }

  @Test
  void anUnreachableProviderIsShownAsUnavailableWhilePasswordSignInWorks() throws Exception {
    String login = get("/login").body();

    assertThat(login)
        .doesNotContain("href=\"/oauth2/authorization/ekstern\"")
        .contains("disabled aria-describedby=\"oidc-unavailable-ekstern\"")
        .contains("Brug en ekstern log-ind-tjeneste")
        .contains("Log-ind-tjenesten kan ikke nås lige nu");
    // the reachable ones are still offered as links
    assertThat(login).doesNotContain("oidc-unavailable-borger");

    String email = "oidc-uden-idp-" + UUID.randomUUID() + "@samspil.test";
    accounts.ensureActiveAccount(email, "Pia Password", "Hemmelig-kode-42");
    post(
        "/login",
        "username=" + encode(email) + "&password=Hemmelig-kode-42&_csrf=" + csrfToken(login));
    assertThat(whoAmI()).startsWith("SignedInAccount|");
  }

  @Test
  void signsInAsTheExistingAccountWithItsRoles() throws Exception {
    Account chair = accounts.accountByEmail("formand.fensmark@samspil.test").orElseThrow();

    String landing = signIn("borger", claims("Formand.Fensmark@samspil.test", true, "F. Holm"));

    assertThat(landing)
        .as("a council member lands on Mit lokalråd")
        .isEqualTo(base + "/mit-lokalraad/fensmark");
    assertThat(whoAmI())
        .isEqualTo("OidcAccount|" + chair.getId() + "|Frederik Holm|ROLE_BORGER,ROLE_RAADSMEDLEM");
    // council rights are checked against the same account
    assertThat(get("/lokalraad/fensmark/rediger").statusCode()).isEqualTo(200);
    assertThat(get("/").body()).contains("Logget ind som Frederik Holm");
  }

  @Test
  void staffSignInThroughTheMunicipalProviderGetsTheirMunicipalRoles() throws Exception {
    String email = "oidc-medarbejder-" + UUID.randomUUID() + "@samspil.test";
    Account account = accounts.ensureActiveAccount(email, "Mette Medarbejder", "x".repeat(12));
    Department department = organisation.departmentByName("Center for Plan og Miljø").orElseThrow();
    accounts.setMunicipalRoles(account.getId(), false, department.getId(), null);

    signIn("medarbejder", withGroups(claims(email, true, "Mette M."), "plan-og-miljoe"));

    assertThat(whoAmI())
        .isEqualTo(
            "OidcAccount|" + account.getId() + "|Mette Medarbejder|ROLE_BORGER,ROLE_MEDARBEJDER");
    assertThat(accounts.account(account.getId()).orElseThrow().getLastLoginAt()).isNotNull();
  }

  @Test
  void staffRolesFollowTheProvidersGroupsAtEverySignIn() throws Exception {
    String email = "oidc-grupper-" + UUID.randomUUID() + "@samspil.test";
    Department department = organisation.departmentByName("Center for Plan og Miljø").orElseThrow();

    signIn(
        "medarbejder",
        withGroups(
            claims(email, true, "Gitte Gruppe"), "plan-og-miljoe", "samspil-administratorer"));

    Account account = accounts.accountByEmail(email).orElseThrow();
    assertThat(account.isAdministrator()).isTrue();
    assertThat(account.getDepartmentId()).isEqualTo(department.getId());
    assertThat(whoAmI())
        .isEqualTo(
            "OidcAccount|"
                + account.getId()
                + "|Gitte Gruppe|ROLE_ADMINISTRATOR,ROLE_BORGER,ROLE_MEDARBEJDER");

    newBrowser();
    signIn("medarbejder", withGroups(claims(email, true, "Gitte Gruppe"), "plan-og-miljoe"));

    assertThat(whoAmI())
        .as("the administrator group was removed at the provider")
        .isEqualTo("OidcAccount|" + account.getId() + "|Gitte Gruppe|ROLE_BORGER,ROLE_MEDARBEJDER");

    newBrowser();
    signIn("medarbejder", claims(email, true, "Gitte Gruppe"));

    assertThat(whoAmI()).isEqualTo("OidcAccount|" + account.getId() + "|Gitte Gruppe|ROLE_BORGER");
    Account after = accounts.account(account.getId()).orElseThrow();
    assertThat(after.isAdministrator()).isFalse();
    assertThat(after.getDepartmentId()).isNull();
    assertThat(auditActions(account.getId()))
        .containsExactly("created", "roles-changed", "roles-changed", "roles-changed");
  }

  @Test
  void createsACitizenAccountForAnUnknownVerifiedEmail() throws Exception {
    String email = "oidc-ny-" + UUID.randomUUID() + "@samspil.test";

    String landing = signIn("borger", claims(email, true, "Nanna Ny"));

    assertThat(landing).isEqualTo(base + "/");
    Account created = accounts.accountByEmail(email).orElseThrow();
    assertThat(created.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(created.getName()).isEqualTo("Nanna Ny");
    assertThat(created.hasPassword()).isFalse();
    assertThat(whoAmI()).isEqualTo("OidcAccount|" + created.getId() + "|Nanna Ny|ROLE_BORGER");
    assertThat(auditActions(created.getId())).containsExactly("created");
    assertThat(auditAfter(created.getId())).contains("openid-connect:borger");
  }

  @Test
  void activatesAnInvitedAccount() throws Exception {
    String email = "oidc-inviteret-" + UUID.randomUUID() + "@samspil.test";
    transactions.executeWithoutResult(
        status -> accounts.invite(email, "Ivan Inviteret", "Fensmark Lokalråd"));

    signIn("borger", claims(email, true, "Ivan I."));

    Account activated = accounts.accountByEmail(email).orElseThrow();
    assertThat(activated.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(activated.getName()).isEqualTo("Ivan Inviteret");
    assertThat(whoAmI()).startsWith("OidcAccount|" + activated.getId() + "|Ivan Inviteret|");
    assertThat(auditActions(activated.getId())).containsExactly("invited", "activated");
    // the invitation link is spent: the provider has verified the address
    assertThat(
            jdbc.sql("select count(*) from account_token where account_id = ? and used_at is null")
                .param(activated.getId())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void refusesAnUnverifiedEmailWithAMessage() throws Exception {
    String email = "oidc-ubekraeftet-" + UUID.randomUUID() + "@samspil.test";

    String landing = signIn("borger", claims(email, false, "Ulla Ubekræftet"));

    assertThat(landing).isEqualTo(base + "/login?besked=oidc-email-unverified");
    assertThat(get("/login?besked=oidc-email-unverified").body())
        .contains("class=\"alert alert-error\"")
        .contains("Din e-mailadresse er ikke bekræftet hos log-ind-tjenesten");
    assertThat(whoAmI()).isEqualTo("anonymous");
    assertThat(accounts.accountByEmail(email)).isEmpty();
  }

  @Test
  void aFirstMitIdSignInWithoutEmailProvesAnAddressByAMailedLinkAndThenSignsInDirectly()
      throws Exception {
    String email = "oidc-mitid-ny-" + UUID.randomUUID() + "@samspil.test";
    String subject = "mitid-" + UUID.randomUUID();
    Map<String, Object> mitId = mitId("Mette MitID");

    String landing = signIn("borger", subject, mitId);

    assertThat(landing).isEqualTo(base + "/login/e-mail");
    assertThat(whoAmI()).isEqualTo("anonymous");
    String form = get("/login/e-mail").body();
    assertThat(form).contains("Hvilken e-mailadresse vil du bruge i Samspil?");

    HttpResponse<String> sent =
        post("/login/e-mail", "email=" + encode(email) + "&_csrf=" + csrfToken(form));
    assertThat(location(sent)).endsWith("/login/e-mail?sendt");
    assertThat(get("/login/e-mail?sendt").body()).contains("Vi har sendt et link til " + email);
    assertThat(accounts.accountByEmail(email)).as("no account before the link is used").isEmpty();

    String link = mailedLink(email);
    String token = link.substring(link.indexOf("token=") + "token=".length());
    assertThat(
            jdbc.sql(
                    "select token_hash from pending_identity where provider = 'borger' and subject = ?")
                .param(subject)
                .query(String.class)
                .single())
        .as("only the token's hash is stored")
        .isEqualTo(SecretTokens.hash(token))
        .isNotEqualTo(token);

    newBrowser(); // the mail may be opened anywhere
    String confirmed = send(URI.create(link)).body();

    assertThat(confirmed)
        .contains("Din e-mailadresse er bekræftet – log ind igen")
        .contains("href=\"/oauth2/authorization/borger\"");
    Account account = accounts.accountByEmail(email).orElseThrow();
    assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.getName()).isEqualTo("Mette MitID");
    assertThat(linkedAccount("borger", subject)).isEqualTo(account.getId());

    String again = signIn("borger", subject, mitId);

    assertThat(again).as("signed in without being asked again").isEqualTo(base + "/");
    assertThat(whoAmI()).isEqualTo("OidcAccount|" + account.getId() + "|Mette MitID|ROLE_BORGER");
    assertThat(
            jdbc.sql(
                    "select last_assurance_level from account_identity"
                        + " where provider = 'borger' and subject = ? and last_signed_in_at is not null")
                .param(subject)
                .query(String.class)
                .single())
        .isEqualTo("substantial");

    newBrowser();
    assertThat(send(URI.create(link)).body())
        .as("the link works once")
        .contains("Linket er allerede brugt")
        .doesNotContain("Din e-mailadresse er bekræftet");
  }

  @Test
  void aMailedLinkForAnAddressWithAnAccountLinksTheIdentityToThatAccount() throws Exception {
    String email = "oidc-mitid-kendt-" + UUID.randomUUID() + "@samspil.test";
    Account existing = accounts.ensureActiveAccount(email, "Karen Kendt", "x".repeat(12));
    String subject = "mitid-" + UUID.randomUUID();

    assertThat(signIn("borger", subject, mitId("Karen K."))).isEqualTo(base + "/login/e-mail");
    String form = get("/login/e-mail").body();
    post("/login/e-mail", "email=" + encode(email.toUpperCase()) + "&_csrf=" + csrfToken(form));
    assertThat(get("/login/e-mail?sendt").body())
        .as("the same answer whether or not the address has an account")
        .contains("Vi har sendt et link til " + email.toUpperCase());

    String confirmed = send(URI.create(mailedLink(email.toUpperCase()))).body();

    assertThat(confirmed).contains("Din e-mailadresse er bekræftet – log ind igen");
    assertThat(linkedAccount("borger", subject)).isEqualTo(existing.getId());
    newBrowser();
    signIn("borger", subject, mitId("Karen K."));
    assertThat(whoAmI()).isEqualTo("OidcAccount|" + existing.getId() + "|Karen Kendt|ROLE_BORGER");
  }

  @Test
  void anInvalidAddressShowsTheFormAgainWithADanishMessage() throws Exception {
    signIn("borger", "mitid-" + UUID.randomUUID(), mitId("Ivan Ugyldig"));
    String form = get("/login/e-mail").body();

    HttpResponse<String> invalid =
        post("/login/e-mail", "email=" + encode("ikke en adresse") + "&_csrf=" + csrfToken(form));

    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body())
        .contains("Hvilken e-mailadresse vil du bruge i Samspil?")
        .contains("value=\"ikke en adresse\"")
        .contains("Skriv en gyldig e-mailadresse");
  }

  @Test
  void anUnknownLinkIsRefusedWithADanishMessage() throws Exception {
    assertThat(get("/login/e-mail/bekraeft?token=findes-ikke").body())
        .contains("Linket virker ikke")
        .doesNotContain("Din e-mailadresse er bekræftet");
    assertThat(get("/login/e-mail").body())
        .as("nothing to ask for in this session")
        .contains("Du skal først logge ind med MitID")
        .doesNotContain("name=\"email\"");
  }

  static Map<String, Object> mitId(String name) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("name", name);
    claims.put("loa", "substantial");
    return claims;
  }

  String mailedLink(String email) {
    MimeMessage mail =
        TestMailServer.awaitMessageTo(greenMail, email, "Bekræft din e-mailadresse til Samspil");
    assertThat(TestMailServer.text(mail)).contains("udløber om 24 timer");
    return TestMailServer.link(mail, "/login/e-mail/bekraeft?token=")
        .replace("http://localhost:8080", base);
  }

  Long linkedAccount(String registration, String subject) {
    return jdbc.sql("select account_id from account_identity where provider = ? and subject = ?")
        .params(registration, subject)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  @Test
  void laterSignInsWithoutEmailFindTheAccountByProviderAndSubject() throws Exception {
    String email = "oidc-mitid-" + UUID.randomUUID() + "@samspil.test";
    String subject = "mitid-" + UUID.randomUUID();
    signIn("borger", subject, claims(email, true, "Mads MitID"));
    Account account = accounts.accountByEmail(email).orElseThrow();

    newBrowser();
    Map<String, Object> mitId = new HashMap<>();
    mitId.put("name", "Mads MitID");
    mitId.put("loa", "https://data.gov.dk/concept/core/nsis/loa/Substantial");
    String landing = signIn("borger", subject, mitId);

    assertThat(landing).isEqualTo(base + "/");
    assertThat(whoAmI()).isEqualTo("OidcAccount|" + account.getId() + "|Mads MitID|ROLE_BORGER");
    // the same subject at another registration is another identity
    newBrowser();
    assertThat(signIn("medarbejder", subject, mitId)).isEqualTo(base + "/login/e-mail");
  }

  @Test
  void refusesADeactivatedAccount() throws Exception {
    String email = "oidc-deaktiveret-" + UUID.randomUUID() + "@samspil.test";
    Account account = accounts.ensureActiveAccount(email, "Dorte Deaktiveret", "x".repeat(12));
    transactions.executeWithoutResult(
        status -> accountRepository.findById(account.getId()).orElseThrow().deactivate());

    String landing = signIn("borger", claims(email, true, "Dorte"));

    assertThat(landing).isEqualTo(base + "/login?besked=oidc-account-inactive");
    assertThat(get("/login?besked=oidc-account-inactive").body()).contains("er lukket");
    assertThat(whoAmI()).isEqualTo("anonymous");
  }

  @Test
  void signingOutOfAnOidcSessionEndsTheProvidersSessionToo() throws Exception {
    signIn("borger", claims("oidc-ud-" + UUID.randomUUID() + "@samspil.test", true, "Ulrik Ud"));

    HttpResponse<String> loggedOut = logout();

    assertThat(loggedOut.statusCode()).isEqualTo(302);
    URI endSession = URI.create(location(loggedOut));
    assertThat(endSession.toString())
        .startsWith(OidcTestServer.server().baseUrl() + "borger/endsession?");
    assertThat(endSession.getQuery())
        .contains("id_token_hint=ey")
        .contains("post_logout_redirect_uri=" + base + "/");
    assertThat(whoAmI()).isEqualTo("anonymous");
  }

  @Test
  void signingOutOfAPasswordSessionStaysInSamspil() throws Exception {
    String email = "oidc-adgangskode-" + UUID.randomUUID() + "@samspil.test";
    accounts.ensureActiveAccount(email, "Pia Password", "Hemmelig-kode-42");
    String csrf = csrfToken(get("/login").body());
    HttpResponse<String> signedIn =
        post("/login", "username=" + encode(email) + "&password=Hemmelig-kode-42&_csrf=" + csrf);
    assertThat(location(signedIn)).doesNotContain("fejl");
    assertThat(whoAmI()).startsWith("SignedInAccount|");

    HttpResponse<String> loggedOut = logout();

    assertThat(location(loggedOut)).isEqualTo(base + "/?logget-ud");
    assertThat(whoAmI()).isEqualTo("anonymous");
  }

  HttpResponse<String> logout() throws Exception {
    return post("/logout", "_csrf=" + csrfToken(get("/").body()));
  }

  static String csrfToken(String html) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as("a form with a CSRF token").isTrue();
    return encode(token.group(1));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Clicks the provider's button, lets the provider sign in, and returns where Samspil lands. */
  @Test
  void returnsToThePageWhereThePersonClickedSignIn() throws Exception {
    assertThat(get("/login?fortsaet=%2Flokalraad%2Fherlufmagle").statusCode()).isEqualTo(200);

    String landing = signIn("borger", claims("Formand.Fensmark@samspil.test", true, "F. Holm"));

    assertThat(landing).isEqualTo(base + "/lokalraad/herlufmagle");
  }

  String signIn(String registration, Map<String, Object> claims) throws Exception {
    return signIn(registration, "subject-" + UUID.randomUUID(), claims);
  }

  String signIn(String registration, String subject, Map<String, Object> claims) throws Exception {
    HttpResponse<String> toProvider = get("/oauth2/authorization/" + registration);
    assertThat(toProvider.statusCode()).isEqualTo(302);
    String authorize = location(toProvider);
    assertThat(authorize).startsWith(OidcTestServer.server().baseUrl() + registration);

    OidcTestServer.server()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                registration,
                subject,
                JOSEObjectType.JWT.getType(),
                List.of("samspil-" + registration),
                claims,
                3600));
    HttpResponse<String> back = send(URI.create(authorize));
    assertThat(back.statusCode()).isEqualTo(302);
    String callback = location(back);
    assertThat(callback).startsWith(base + "/login/oauth2/code/" + registration + "?");

    HttpResponse<String> landing = send(URI.create(callback));
    assertThat(landing.statusCode()).isEqualTo(302);
    String target = location(landing);
    return target.startsWith("/") ? base + target : target;
  }

  static Map<String, Object> claims(String email, boolean verified, String name) {
    return Map.of("email", email, "email_verified", verified, "name", name);
  }

  static Map<String, Object> withGroups(Map<String, Object> claims, String... groups) {
    Map<String, Object> with = new HashMap<>(claims);
    with.put("groups", List.of(groups));
    return with;
  }

  String whoAmI() throws Exception {
    return get("/test/hvem").body();
  }

  List<String> auditActions(long accountId) {
    return jdbc.sql(
            "select action from audit_entry where entity_type = 'account' and entity_id = ? order by id")
        .param(String.valueOf(accountId))
        .query(String.class)
        .list();
  }

  String auditAfter(long accountId) {
    return jdbc.sql(
            "select after_data::text from audit_entry where entity_type = 'account' and entity_id = ?"
                + " order by id desc limit 1")
        .param(String.valueOf(accountId))
        .query(String.class)
        .single();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(URI.create(base + path));
  }

  HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
    return browser.send(
        HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }
}
