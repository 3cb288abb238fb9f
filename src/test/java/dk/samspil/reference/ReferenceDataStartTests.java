package dk.samspil.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's production path: Samspil started on a fresh database with the municipality's
 * reference data and without demonstration data. A Spring context of its own (not the suite's
 * shared one, which has the demonstration data), on its own embedded PostgreSQL.
 */
class ReferenceDataStartTests {

  static final List<String> TABLES =
      List.of(
          "municipality_boundary",
          "parish",
          "postal_district",
          "area",
          "council",
          "theme",
          "department",
          "committee",
          "contact_person",
          "council_theme",
          "account",
          "council_member",
          "involvement_process",
          "notice",
          "outbox_mail",
          "demo_import");

  @Test
  void startsWithTheMunicipalitysReferenceDataAndNothingFictitious() throws Exception {
    try (ConfigurableApplicationContext samspil =
        new SpringApplicationBuilder(SamspilApplication.class)
            .run(
                "--server.port=0",
                "--samspil.metrics.port=0",
                // required outside the demonstration run
                "--samspil.base-url=https://samspil.kommune.example",
                "--samspil.embedded-database.directory=",
                "--samspil.reference-data=naestved",
                "--samspil.demo-data=false",
                "--samspil.bootstrap-admin=",
                "--samspil.involvement.jobs.initial-delay=1h")) {
      JdbcClient jdbc = samspil.getBean(JdbcClient.class);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String table : TABLES) {
        counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
      }

      assertThat(counts)
          .containsEntry("municipality_boundary", 1)
          .containsEntry("parish", 42)
          .containsEntry("postal_district", 11)
          .containsEntry("area", 19)
          .containsEntry("council", 14)
          .containsEntry("theme", 12)
          .containsEntry("department", 6)
          .containsEntry("committee", 7);
      assertThat(counts)
          .as("nothing fictitious: no contact persons, council profiles, accounts, processes")
          .containsEntry("contact_person", 0)
          .containsEntry("council_theme", 0)
          .containsEntry("account", 0)
          .containsEntry("council_member", 0)
          .containsEntry("involvement_process", 0)
          .containsEntry("notice", 0)
          .containsEntry("outbox_mail", 0)
          .containsEntry("demo_import", 0);
      assertThat(
              jdbc.sql("select count(*) from council where public_email is not null")
                  .query(Integer.class)
                  .single())
          .as("councils with a (fictitious) e-mail address")
          .isZero();
      assertThat(jdbc.sql("select dataset from reference_import").query(String.class).list())
          .containsExactly("naestved");

      String port = samspil.getEnvironment().getProperty("local.server.port");
      String frontPage =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(frontPage)
          .contains("Indeholder data fra Geodatastyrelsen")
          .as("the demonstration's footer note stays in the demonstration")
          .doesNotContain("fiktive");
    }
  }
}
