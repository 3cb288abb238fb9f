package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTests {

  @Test
  void refusesADirectoryInUseAndRecoversFromAKilledRunKeepingTheData() throws Exception {
    Path directory =
        Path.of("target", "embedded-database-test-" + UUID.randomUUID()).toAbsolutePath();
    Process run = startInAnotherJvm(directory);
    long postmaster;
    try {
      postmaster =
          Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());

      assertThatThrownBy(
              () -> EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory.toString(), 0)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Another running Samspil uses the embedded database");
    } finally {
      run.destroyForcibly(); // kill -9: no shutdown hook runs, PostgreSQL is left behind
      run.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
        .as("the killed run left its PostgreSQL running")
        .contains(true);

    try (EmbeddedPostgres postgres =
            EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory.toString(), 0));
        Connection connection = postgres.getPostgresDatabase().getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "select value, current_setting('fsync'), current_setting('synchronous_commit')"
                        + " from survivor")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("still here");
      assertThat(rows.getString(2)).as("fsync for kept data").isEqualTo("on");
      assertThat(rows.getString(3)).as("synchronous_commit for kept data").isEqualTo("on");
    }
    assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
        .isNotEqualTo(Optional.of(true));
  }

  @Test
  void takesConnectionsOnlyWithItsPasswordAndOnlyOnLoopback() throws Exception {
    Path directory =
        Path.of("target", "embedded-database-test-" + UUID.randomUUID()).toAbsolutePath();
    try (EmbeddedPostgres postgres =
        EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory.toString(), 0))) {
      Path passwordFile = directory.resolve(EmbeddedDatabase.PASSWORD_FILE);
      assertThat(Files.getPosixFilePermissions(passwordFile))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      String password = Files.readString(passwordFile).trim();
      assertThat(password).hasSizeGreaterThanOrEqualTo(24);
      assertRefusedWithoutTheRightPassword(postgres.getPort());
      try (Connection connection = connect(postgres.getPort(), password);
          ResultSet rows =
              connection
                  .createStatement()
                  .executeQuery("select current_setting('listen_addresses')")) {
        rows.next();
        assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
      }
      try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
        assertThat(connection.isValid(1)).isTrue();
      }
    }
    // the next start reads the kept password
    try (EmbeddedPostgres postgres =
            EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory.toString(), 0));
        Connection connection = postgres.getPostgresDatabase().getConnection()) {
      assertThat(connection.isValid(1)).isTrue();
    }
  }

  @Test
  void givesADataDirectoryFromBeforePasswordsAPasswordKeepingItsData() throws Exception {
    Path directory =
        Path.of("target", "embedded-database-test-" + UUID.randomUUID()).toAbsolutePath();
    // as an earlier Samspil made it: trust authentication, no password
    try (EmbeddedPostgres old =
            EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .start();
        Connection connection = old.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create table survivor (value text)");
      statement.execute("insert into survivor values ('still here')");
    }
    assertThat(directory.resolve(EmbeddedDatabase.PASSWORD_FILE)).doesNotExist();

    try (EmbeddedPostgres postgres =
        EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory.toString(), 0))) {
      assertRefusedWithoutTheRightPassword(postgres.getPort());
      String password = Files.readString(directory.resolve(EmbeddedDatabase.PASSWORD_FILE)).trim();
      try (Connection connection = connect(postgres.getPort(), password);
          ResultSet rows =
              connection.createStatement().executeQuery("select value from survivor")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("still here");
      }
      assertThat(Files.readString(directory.resolve("pg_hba.conf")))
          .contains("scram-sha-256")
          .doesNotContain(" trust");
    }
  }

  private static void assertRefusedWithoutTheRightPassword(int port) {
    assertThatThrownBy(() -> connect(port, "").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> connect(port, "wrong-password").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
  }

  private static Connection connect(int port, String password) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
  }

  private static Process startInAnotherJvm(Path directory) throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java, "-cp", classpath, OrphanedDatabase.class.getName(), directory.toString())
            .redirectErrorStream(true)
            .start();
    var reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.equals("READY")) {
        // keep draining the output so the child never blocks on a full pipe
        Thread drain = new Thread(() -> reader.lines().forEach(ignored -> {}));
        drain.setDaemon(true);
        drain.start();
        return process;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    process.destroyForcibly();
    throw new AssertionError("The database in the other JVM did not start");
  }
}
