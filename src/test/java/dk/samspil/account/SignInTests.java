package dk.samspil.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import jakarta.servlet.http.Cookie;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SamspilTest
class SignInTests {

  static final String PASSWORD = "rigtig-adgangskode";

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired Accounts repository;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  String newAccount() {
    String email = "login-" + UUID.randomUUID() + "@samspil.test";
    accounts.ensureActiveAccount(email, "Test Person", PASSWORD);
    return email;
  }

  MvcResult signIn(String email, String password, String address) throws Exception {
    return mvc.perform(
            post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(address);
                      return request;
                    }))
        .andReturn();
  }

  @Test
  void signsInWithTheRightPasswordWhateverTheCaseOfTheAddress() throws Exception {
    String email = newAccount();

    mvc.perform(
            post("/login")
                .param("username", email.toUpperCase())
                .param("password", PASSWORD)
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/"));

    assertThat(repository.findByEmail(email).orElseThrow().getLastLoginAt()).isNotNull();
  }

  @Test
  void answersAWrongPasswordAndAnUnknownAddressAlikeAndKeepsTheTypedAddress() throws Exception {
    String email = newAccount();

    MvcResult wrong = signIn(email, "forkert-adgangskode", "10.0.0.1");
    MvcResult unknown =
        signIn("ukendt-" + UUID.randomUUID() + "@samspil.test", "forkert-adgangskode", "10.0.0.1");

    assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?fejl=1");
    assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?fejl=1");
    String page =
        mvc.perform(get("/login?fejl=1").cookie(wrong.getResponse().getCookie("SESSION")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("E-mailadressen eller adgangskoden er forkert")
        .contains("value=\"" + email + "\"");
  }

  @Test
  void failuresElsewhereDelayTheGuessersButNotAKnownDevice() throws Exception {
    String email = newAccount();
    // the owner signed in before on this browser: it is a known device of the account
    MvcResult before = signIn(email, PASSWORD, "10.0.1.2");
    assertThat(before.getResponse().getRedirectedUrl()).isEqualTo("/");
    Cookie device = before.getResponse().getCookie("SAMSPIL_DEVICE");
    assertThat(device).isNotNull();
    assertThat(before.getResponse().getHeaders("Set-Cookie").toString())
        .contains("SAMSPIL_DEVICE=")
        .contains("HttpOnly");

    // wrong guesses from client A: past five, each one doubles the wait (here: eleven, 64 s)
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(email, "forkert-" + i, "10.0.1.10").getResponse().getRedirectedUrl())
          .isEqualTo("/login?fejl=1");
    }
    jdbc.sql("update login_throttle set failures = 10, locked_until = null where throttle_key = ?")
        .param("pair:" + email + "|10.0.1.10")
        .update();
    assertThat(signIn(email, "forkert", "10.0.1.10").getResponse().getRedirectedUrl())
        .isEqualTo("/login?fejl=1");

    // client A waits, even with the right password, and is told for how long
    MvcResult delayed = signIn(email, PASSWORD, "10.0.1.10");
    assertThat(delayed.getResponse().getRedirectedUrl()).isEqualTo("/login?spaerret=2");
    mvc.perform(get("/login?spaerret=2"))
        .andExpect(status().isOk())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("for mange mislykkede forsøg")
                    .contains("Vent 2 minutter"));
    // the known device signs in, from wherever it is now
    MvcResult known =
        mvc.perform(
                post("/login")
                    .param("username", email)
                    .param("password", PASSWORD)
                    .cookie(device)
                    .with(csrf())
                    .with(
                        request -> {
                          request.setRemoteAddr("10.0.1.10");
                          return request;
                        }))
            .andReturn();
    assertThat(known.getResponse().getRedirectedUrl()).isEqualTo("/");
  }

  @Test
  void theDelayDoublesWithEachFailurePastTheLimitUpToTheCap() throws Exception {
    String email = newAccount();
    String address = "10.0.4." + (int) (Math.random() * 200 + 1);
    for (int i = 0; i < 5; i++) {
      signIn(email, "forkert-" + i, address);
    }
    long first = delaySeconds("pair:" + email + "|" + address);
    assertThat(first).isBetween(0L, 1L);
    jdbc.sql("update login_throttle set failures = 8, locked_until = null where throttle_key = ?")
        .param("pair:" + email + "|" + address)
        .update();
    signIn(email, "forkert", address);
    assertThat(delaySeconds("pair:" + email + "|" + address)).isBetween(14L, 16L);
    jdbc.sql("update login_throttle set failures = 40, locked_until = null where throttle_key = ?")
        .param("pair:" + email + "|" + address)
        .update();
    signIn(email, "forkert", address);
    assertThat(delaySeconds("pair:" + email + "|" + address)).isBetween(890L, 900L);
  }

  long delaySeconds(String key) {
    return jdbc.sql(
            "select ceil(extract(epoch from (locked_until - now())))::bigint from login_throttle"
                + " where throttle_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  @Test
  void locksAClientAddressThatTriesManyAccounts() throws Exception {
    String address = "10.0.2." + (int) (Math.random() * 200 + 1);
    for (int i = 0; i < 30; i++) {
      signIn("gaet-" + i + "-" + UUID.randomUUID() + "@samspil.test", "forkert", address);
    }
    String email = newAccount();

    assertThat(signIn(email, PASSWORD, address).getResponse().getRedirectedUrl())
        .startsWith("/login?spaerret=");
    assertThat(signIn(email, PASSWORD, "10.0.3.1").getResponse().getRedirectedUrl())
        .as("another address is not locked")
        .isEqualTo("/");
  }

  @Test
  void refusesADeactivatedAccountLikeAWrongPassword() throws Exception {
    String email = newAccount();
    Account account = repository.findByEmail(email).orElseThrow();
    account.deactivate();
    repository.save(account);

    assertThat(signIn(email, PASSWORD, "10.0.4.1").getResponse().getRedirectedUrl())
        .isEqualTo("/login?fejl=1");
  }

  @Test
  void refusesFormsWithoutTheCsrfToken() throws Exception {
    mvc.perform(post("/login").param("username", "x@samspil.test").param("password", "y"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout")).andExpect(status().isForbidden());
  }

  @Test
  void sendsSecurityHeadersWithoutInlineScriptAndHstsOnlyOverHttps() throws Exception {
    mvc.perform(get("/"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    Matchers.allOf(
                        Matchers.containsString("script-src 'self';"),
                        Matchers.containsString("style-src 'self';"),
                        Matchers.containsString("frame-ancestors 'none'"),
                        Matchers.containsString("https://tile.openstreetmap.org"),
                        Matchers.not(Matchers.containsString("unsafe")))))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
        .andExpect(header().doesNotExist("Strict-Transport-Security"));
    mvc.perform(get("/").secure(true))
        .andExpect(
            header().string("Strict-Transport-Security", Matchers.containsString("max-age=")));
  }

  @Test
  void keepsTheSessionInPostgresqlAndChangesItsIdAtSignIn() throws Exception {
    String email = newAccount();
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://localhost:" + port;
    String form =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(token.find()).isTrue();
    String sessionBefore = sessionCookie(client);
    assertThat(sessionBefore).isNotNull();

    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(email, StandardCharsets.UTF_8)
                            + "&password="
                            + PASSWORD
                            + "&_csrf="
                            + token.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    assertThat(sessionCookie(client)).isNotNull().isNotEqualTo(sessionBefore);
    assertThat(
            jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(email)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private static String sessionCookie(HttpClient client) {
    return ((CookieManager) client.cookieHandler().orElseThrow())
        .getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("SESSION"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse(null);
  }

  /**
   * A browser of its own: cookies kept (the session lives in PostgreSQL), redirects not followed.
   */
  final class Visitor {
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws Exception {
      return client.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in on the sign-in page at {@code loginPath}; returns where Samspil sends them. */
    String signIn(String loginPath, String email, String password) throws Exception {
      Matcher token =
          Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(loginPath).body());
      assertThat(token.find()).isTrue();
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + URLEncoder.encode(email, StandardCharsets.UTF_8)
                              + "&password="
                              + URLEncoder.encode(password, StandardCharsets.UTF_8)
                              + "&_csrf="
                              + token.group(1)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(302);
      return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }
  }

  @Test
  void everyPagesSignInLinkBringsThePersonBackToThatPage() throws Exception {
    mvc.perform(get("/lokalraad/fensmark"))
        .andExpect(
            content()
                .string(
                    Matchers.containsString("href=\"/login?fortsaet=%2Flokalraad%2Ffensmark\"")));

    assertThat(
            new Visitor().signIn("/login?fortsaet=%2Flokalraad%2Ffensmark", newAccount(), PASSWORD))
        .isEqualTo("/lokalraad/fensmark");
  }

  @Test
  void neverSendsThePersonToAnotherSiteAfterSigningIn() throws Exception {
    assertThat(
            new Visitor()
                .signIn("/login?fortsaet=%2F%2Fangriber.example%2Flogin", newAccount(), PASSWORD))
        .isEqualTo("/");
    assertThat(
            new Visitor()
                .signIn(
                    "/login?fortsaet=https%3A%2F%2Fangriber.example%2F", newAccount(), PASSWORD))
        .isEqualTo("/");
  }

  @Test
  void landsACouncilMemberOnTheirCouncilsHome() throws Exception {
    assertThat(new Visitor().signIn("/login", "medlem.fensmark@samspil.test", "demo1234demo"))
        .isEqualTo("/mit-lokalraad/fensmark");
  }

  @Test
  void landsAContactPersonOnHerDesk() throws Exception {
    assertThat(new Visitor().signIn("/login", "kontaktperson@samspil.test", "demo1234demo"))
        .isEqualTo("/kontaktperson");
  }

  @Test
  void landsAnEmployeeOnTheFrontPageWithTheProcessesOneClickAway() throws Exception {
    assertThat(new Visitor().signIn("/login", "medarbejder@samspil.test", "demo1234demo"))
        .isEqualTo("/");
  }

  @Test
  void returnsToThePageThatAskedForSignInBeforeAnythingElse() throws Exception {
    Visitor visitor = new Visitor();
    assertThat(visitor.get("/profil").statusCode()).isEqualTo(302);

    assertThat(visitor.signIn("/login", "medlem.fensmark@samspil.test", "demo1234demo"))
        .isEqualTo("/profil");
  }
}
