package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.SamspilTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SamspilTest
class DatabaseBackupTests {

  @Autowired DataSource dataSource;
  @Autowired EmbeddedPostgres postgres;

  @TempDir Path folder;

  @Test
  void aBackupRestoresIntoAFreshDatabaseWithEveryRowAndTheSchemaFlywayExpects() throws Exception {
    Path file = folder.resolve("samspil.zip");
    int tables = DatabaseBackup.backup(dataSource, file);
    assertThat(tables).isGreaterThan(20);

    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists restore_test");
      statement.execute("create database restore_test");
    }
    DataSource restored = postgres.getDatabase("postgres", "restore_test");
    String version = DatabaseBackup.restore(restored, file);

    Map<String, Long> before = rowCounts(dataSource);
    Map<String, Long> after = rowCounts(restored);
    assertThat(after).isEqualTo(before);
    assertThat(before.get("account")).isPositive();
    // Samspil starting on it: Flyway validates the restored schema, and nothing is left to apply
    Flyway flyway =
        Flyway.configure().dataSource(restored).locations("classpath:db/migration").load();
    flyway.validate();
    assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(version);
    assertThat(flyway.info().pending()).isEmpty();
    // the sequences go on after the restored rows
    assertThat(sequenceValues(restored)).isEqualTo(sequenceValues(dataSource));
  }

  @Test
  void refusesToRestoreIntoADatabaseThatIsNotEmpty() throws Exception {
    Path file = folder.resolve("samspil.zip");
    DatabaseBackup.backup(dataSource, file);
    assertThatThrownBy(() -> DatabaseBackup.restore(dataSource, file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not empty");
  }

  @Test
  void refusesAFileThatIsNoBackup() throws Exception {
    Path file = Files.writeString(folder.resolve("other.zip"), "no zip");
    assertThatThrownBy(() -> DatabaseBackup.restore(dataSource, file))
        .hasMessageContaining("no Samspil backup");
  }

  private static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : DatabaseBackup.tablesInDependencyOrder(connection)) {
        if (table.equals("flyway_schema_history")) {
          continue;
        }
        try (var rows =
            connection
                .createStatement()
                .executeQuery("select count(*) from " + DatabaseBackup.quote(table))) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }

  private static Map<String, Long> sequenceValues(DataSource dataSource) throws SQLException {
    Map<String, Long> values = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select sequencename, coalesce(last_value, 0) from pg_sequences"
                        + " where schemaname = 'public' order by 1")) {
      while (rows.next()) {
        values.put(rows.getString(1), rows.getLong(2));
      }
    }
    return values;
  }
}
