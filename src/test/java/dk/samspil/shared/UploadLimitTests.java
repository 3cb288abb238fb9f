package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** An upload larger than the server takes is answered in Danish, never with a 500. */
@SamspilTest
class UploadLimitTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;

  /** A multipart form with a text field and a file of this many bytes, as a browser sends it. */
  HttpResponse<String> upload(String path, int bytes) throws Exception {
    String boundary = "----samspil" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"tekst\"\r\n\r\nMin tekst\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"stor.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOf(head, head.length + bytes + tail.length);
    System.arraycopy(tail, 0, body, head.length + bytes, tail.length);
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", "http://localhost:" + port + "/medarbejder/inddragelser/7?a=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersAnUploadOverTheServersLimitWithTheDanishPageAndALinkBackToTheForm() throws Exception {
    var response = upload("/medarbejder/inddragelser/7/dokumenter", 31 * 1024 * 1024);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .contains("<html lang=\"da\">")
        .contains("Filen er for stor")
        .contains("højst fylde 10 MB")
        .contains("href=\"/medarbejder/inddragelser/7?a=b\"")
        .doesNotContain("Exception");
  }

  @Test
  void answersAFileOverThePerFileLimitTheSameWay() throws Exception {
    var response = upload("/mit-lokalraad/fensmark/inddragelser/7/kladde", 26 * 1024 * 1024);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("Filen er for stor");
  }

  @Test
  void leadsBackOnlyToAPageOfThisSite() throws Exception {
    for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil"}) {
      mvc.perform(get("/fejl/for-stor-fil").param("tilbage", elsewhere))
          .andExpect(status().isPayloadTooLarge())
          .andExpect(content().string(containsString("href=\"/\"")))
          .andExpect(content().string(not(containsString("evil"))));
    }
  }

  @Test
  void answersAFormTooLargeForTheServerWithTheDanishPageNotTomcats() throws Exception {
    var response =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/glemt-adgangskode"))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Referer", "http://localhost:" + port + "/glemt-adgangskode")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + "a".repeat(3 << 20)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .contains("<html lang=\"da\">")
        .contains("Teksten er for lang")
        .contains("href=\"/glemt-adgangskode\"")
        .doesNotContain("Payload Too Large");
  }
}
