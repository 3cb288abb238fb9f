package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import dk.samspil.shared.MetricsPortConfiguration.MetricsConnector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamspilTest
class MetricsPortTests {

  @LocalServerPort int publicPort;
  @Autowired MetricsConnector metrics;

  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<String> get(int port, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePublicPortServesHealthAndInfoButNoMetrics() throws Exception {
    assertThat(get(publicPort, "/actuator/health").statusCode()).isEqualTo(200);
    assertThat(get(publicPort, "/actuator/info").statusCode()).isEqualTo(200);
    var metricsOnPublic = get(publicPort, "/actuator/prometheus");
    assertThat(metricsOnPublic.statusCode()).isEqualTo(404);
    assertThat(metricsOnPublic.body()).doesNotContain("jvm_memory_used_bytes");
  }

  @Test
  void theMetricsPortServesPrometheusMetricsAndNothingElse() throws Exception {
    assertThat(metrics.localPort()).isPositive().isNotEqualTo(publicPort);
    var scrape = get(metrics.localPort(), "/actuator/prometheus");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    assertThat(get(metrics.localPort(), "/").statusCode()).isEqualTo(404);
    assertThat(get(metrics.localPort(), "/actuator/health").statusCode()).isEqualTo(404);
  }
}
