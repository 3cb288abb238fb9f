package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real database outage on the shared context: the application's database stops accepting
 * connections (and its open ones are ended) for the length of the test, then accepts them again,
 * always, in {@code finally}. Real HTTP, since the error dispatch and the filters are Tomcat's.
 */
@SamspilTest
class DatabaseOutageTests {

  @Autowired EmbeddedPostgres postgres;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  HttpResponse<String> get(String path, String... headers) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersTheDanishPageWith503AndReadinessDownWhileTheDatabaseIsUnreachableThenRecovers()
      throws Exception {
    String database = jdbc.sql("select current_database()").query(String.class).single();
    assertThat(get("/").statusCode()).isEqualTo(200);
    String someSession =
        Base64.getEncoder().encodeToString("00000000-0000-0000-0000-000000000000".getBytes());

    try (Connection admin = postgres.getDatabase("postgres", "template1").getConnection();
        Statement sql = admin.createStatement()) {
      try {
        sql.execute("alter database \"" + database + "\" allow_connections false");
        sql.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + database
                + "' and pid <> pg_backend_pid()");
        // past Hikari's 500 ms in which it lends a connection unchecked
        Thread.sleep(1000);

        // a page whose controller needs the database
        HttpResponse<String> page = get("/inddragelser");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
            .contains("Samspil kan ikke svare lige nu")
            .doesNotContain("Apache Tomcat")
            .doesNotContain("HTTP Status");

        // the session store fails inside the security filter chain, before any controller
        HttpResponse<String> filtered = get("/admin/post", "Cookie", "SESSION=" + someSession);
        assertThat(filtered.statusCode()).isEqualTo(503);
        assertThat(filtered.body())
            .contains("Samspil kan ikke svare lige nu")
            .doesNotContain("Apache Tomcat");

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
      } finally {
        sql.execute("alter database \"" + database + "\" allow_connections true");
      }
    }

    // recovery is automatic: the pool connects again
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int status = get("/inddragelser").statusCode();
    while (status != 200 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      status = get("/inddragelser").statusCode();
    }
    assertThat(status).isEqualTo(200);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  @Test
  void knowsAnOutageFromItsCauses() {
    assertThat(
            DatabaseOutage.causedBy(
                new RuntimeException(
                    new CannotGetJdbcConnectionException(
                        "no connection", new SQLTransientConnectionException("timeout")))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("timeout"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
  }
}
