package dk.samspil.shared;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SamspilTest
class ErrorPagesTests {

  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  /** A real request to the server: error pages are rendered by the servlet container's dispatch. */
  HttpResponse<String> fetch(String path, String accept) throws Exception {
    var client = HttpClient.newHttpClient();
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void showsTheDanishServerErrorPageInTheLayout() throws Exception {
    var response = fetch("/test/fejl", "text/html");

    Assertions.assertThat(response.statusCode()).isEqualTo(500);
    Assertions.assertThat(response.body())
        .contains("Der skete en fejl hos os")
        .contains("Det er ikke din skyld")
        .contains("class=\"skipnav\"")
        .doesNotContain("Exception")
        .doesNotContain("deliberately");
  }

  @Test
  void showsTheDanishNotFoundPageForAnUnknownPathAreaOrCouncil() throws Exception {
    for (String path :
        new String[] {"/ingen/side/her", "/lokalomraader/atlantis", "/lokalraad/atlantis"}) {
      var response = fetch(path, "text/html,application/xhtml+xml");

      Assertions.assertThat(response.statusCode()).as(path).isEqualTo(404);
      Assertions.assertThat(response.body())
          .as(path)
          .contains("<html lang=\"da\">")
          .contains("Siden findes ikke")
          .contains("href=\"/find-dit-lokalomraade\"");
    }
  }

  @Test
  void answersUnknownApiPathsWithJson() throws Exception {
    var response = fetch("/api/v1/ukendt", "*/*");

    Assertions.assertThat(response.statusCode()).isEqualTo(404);
    Assertions.assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> Assertions.assertThat(type).startsWith("application/json"));
    Assertions.assertThat(response.body()).contains("\"status\":404");
  }

  @Test
  void jsonApiErrorsCarryStatusAndMessage() throws Exception {
    mvc.perform(get("/api/v1/areas/atlantis").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("Not Found"))
        .andExpect(content().string(containsString("atlantis")));
  }

  static HttpRequest.BodyPublisher form(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&")
          .append(pairs[i])
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return HttpRequest.BodyPublishers.ofString(body.toString());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "text/html");
  }

  @Test
  void tellsInDanishThatTheSessionEndedWhenAFormsTokenNoLongerMatches() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(form("username", "borger@samspil.test", "password", "demo1234demo"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    Assertions.assertThat(response.statusCode()).isEqualTo(403);
    Assertions.assertThat(response.body())
        .contains("Din session er udløbet")
        .contains("Log ind igen")
        .contains("href=\"/login\"")
        .doesNotContain("Forbidden")
        .doesNotContain("HTTP 403");
  }

  @Test
  void tellsASignedInPersonInDanishThatThePageIsForOthers() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String loginPage =
        client.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
    Assertions.assertThat(token.find()).as("the sign-in form carries its token").isTrue();
    var signIn =
        client.send(
            request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    form(
                        "username",
                        "borger@samspil.test",
                        "password",
                        "demo1234demo",
                        "_csrf",
                        token.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Assertions.assertThat(signIn.statusCode()).as("signed in and sent on").isEqualTo(302);

    var response = client.send(request("/admin").build(), HttpResponse.BodyHandlers.ofString());

    Assertions.assertThat(response.statusCode()).isEqualTo(403);
    Assertions.assertThat(response.body())
        .contains("Du har ikke adgang til siden")
        .contains("Fejlkode 403")
        .doesNotContain("Forbidden");
  }
}
