package dk.samspil.shared;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
