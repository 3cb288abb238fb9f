package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCommandTests {

  @TempDir Path folder;

  @Test
  void backsUpOneEmbeddedDatabaseAndRestoresItIntoAnother() throws Exception {
    Path first = folder.resolve("first");
    try (EmbeddedPostgres postgres =
        EmbeddedDatabase.start(new EmbeddedDatabaseProperties(first.toString(), 0))) {
      Flyway.configure()
          .dataSource(postgres.getPostgresDatabase())
          .locations("classpath:db/migration")
          .load()
          .migrate();
    }
    Path file = folder.resolve("backup.zip");
    assertThat(
            DatabaseCommand.run(
                new String[] {
                  "backup", file.toString(), "--samspil.embedded-database.directory=" + first
                }))
        .isZero();
    assertThat(file).isNotEmptyFile();

    Path second = folder.resolve("second");
    assertThat(
            DatabaseCommand.run(
                new String[] {
                  "restore", file.toString(), "--samspil.embedded-database.directory=" + second
                }))
        .isZero();
    try (EmbeddedPostgres postgres =
        EmbeddedDatabase.start(new EmbeddedDatabaseProperties(second.toString(), 0))) {
      var flyway =
          Flyway.configure()
              .dataSource(postgres.getPostgresDatabase())
              .locations("classpath:db/migration")
              .load();
      flyway.validate();
      assertThat(flyway.info().pending()).isEmpty();
    }
    // a second restore into the now filled database is refused
    assertThat(
            DatabaseCommand.run(
                new String[] {
                  "restore", file.toString(), "--samspil.embedded-database.directory=" + second
                }))
        .isEqualTo(1);
  }

  @Test
  void withoutAFileItSaysHowToUseIt() {
    assertThat(DatabaseCommand.run(new String[] {"backup"})).isEqualTo(2);
    assertThat(DatabaseCommand.isCommand(new String[] {"--server.port=8080"})).isFalse();
  }
}
