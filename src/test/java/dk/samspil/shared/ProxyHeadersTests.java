package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS-terminating reverse proxy on this machine (or the municipality's network), the
 * application sees the real client and the https scheme: tested over real HTTP, since the
 * container's valve, not MockMvc, reads the forwarded headers.
 */
@SamspilTest
class ProxyHeadersTests {

  @LocalServerPort int port;

  HttpResponse<String> get(String path, String... headers) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void takesTheClientAndTheSchemeFromTheProxysHeaders() throws Exception {
    var response =
        get(
            "/test/klient",
            "X-Forwarded-For",
            "203.0.113.7, 10.0.0.2",
            "X-Forwarded-Proto",
            "https");

    assertThat(response.body()).isEqualTo("203.0.113.7|https|true");
    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    assertThat(response.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
  }

  @Test
  void withoutTheProxySendsNeitherHstsNorASecureCookieOverPlainHttp() throws Exception {
    var response = get("/test/klient");

    assertThat(response.body()).isEqualTo("127.0.0.1|http|false");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(response.headers().allValues("Set-Cookie"))
        .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
  }
}
