package dk.samspil.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar samspil.jar backup <file>} and {@code restore <file>}: read the same settings as
 * Samspil (application.yml, environment, {@code --name=value}), connect to its database (the
 * external one of {@code spring.datasource.*}, or the embedded one — the running server if Samspil
 * runs, otherwise started for the command), and stop. Nothing else of Samspil starts.
 */
public final class DatabaseCommand {

  static final String COMMAND_PROPERTY = "samspil.command";

  private DatabaseCommand() {}

  /** Whether the arguments ask for a command rather than the application. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && List.of("backup", "restore").contains(args[0]);
  }

  /** Runs the command and returns the exit status. */
  public static int run(String[] args) {
    if (args.length < 2 || args[1].startsWith("--")) {
      System.err.println("Usage: java -jar samspil.jar backup|restore <file> [--setting=value …]");
      return 2;
    }
    String command = args[0];
    Path file = Path.of(args[1]).toAbsolutePath();
    String[] settings = Arrays.copyOfRange(args, 2, args.length);
    try (var context =
        new SpringApplicationBuilder(Settings.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .properties(COMMAND_PROPERTY + "=" + command)
            .run(settings)) {
      Environment environment = context.getEnvironment();
      String url = environment.getProperty("spring.datasource.url", "");
      if (!url.isBlank()) {
        try (var dataSource = new HikariDataSource()) {
          dataSource.setJdbcUrl(url);
          dataSource.setUsername(environment.getProperty("spring.datasource.username"));
          dataSource.setPassword(environment.getProperty("spring.datasource.password"));
          dataSource.setMaximumPoolSize(2);
          return execute(command, dataSource, file);
        }
      }
      var properties = context.getBean(EmbeddedDatabaseProperties.class);
      Path directory = Path.of(properties.directory()).toAbsolutePath().normalize();
      if (EmbeddedDatabase.isRunning(directory)) {
        return execute(command, EmbeddedDatabase.runningServer(directory), file);
      }
      try (EmbeddedPostgres postgres = EmbeddedDatabase.start(properties)) {
        return execute(command, postgres.getPostgresDatabase(), file);
      }
    } catch (Exception e) {
      System.err.println("samspil " + command + " failed: " + e.getMessage());
      return 1;
    }
  }

  private static int execute(String command, DataSource dataSource, Path file) throws Exception {
    if (command.equals("backup")) {
      int tables = DatabaseBackup.backup(dataSource, file);
      System.out.println(
          "Backup of "
              + tables
              + " tables written to "
              + file
              + " ("
              + Files.size(file)
              + " bytes)");
    } else {
      String version = DatabaseBackup.restore(dataSource, file);
      System.out.println("Restored " + file + " (schema version " + version + ")");
    }
    return 0;
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
  static class Settings {}
}
