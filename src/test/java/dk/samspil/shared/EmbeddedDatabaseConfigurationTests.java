package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class EmbeddedDatabaseConfigurationTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
  static class Properties {}

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(Properties.class, EmbeddedDatabaseConfiguration.class);

  @Test
  void startsNoEmbeddedDatabaseWhenADatabaseUrlIsConfigured() {
    runner
        .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/samspil")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
              assertThat(context).doesNotHaveBean(EmbeddedDatabaseInUse.class);
            });
  }

  @Test
  void startsTheEmbeddedDatabaseWhenNothingIsConfigured() {
    runner
        .withPropertyValues("samspil.embedded-database.directory=")
        .run(
            context -> {
              assertThat(context).hasSingleBean(EmbeddedPostgres.class);
              assertThat(context).hasSingleBean(EmbeddedDatabaseInUse.class);
              try (var connection = context.getBean(DataSource.class).getConnection();
                  var rows = connection.createStatement().executeQuery("show server_version")) {
                rows.next();
                assertThat(rows.getString(1)).startsWith("17.");
              }
            });
  }
}
