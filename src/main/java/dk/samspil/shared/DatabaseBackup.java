package dk.samspil.shared;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

/**
 * A backup of Samspil's database over plain JDBC, so that it works for the embedded PostgreSQL
 * (whose bundle has no {@code pg_dump}) and for any external PostgreSQL, whatever client tools the
 * machine has. The backup is a zip: {@code manifest.properties} (the Flyway schema version, the
 * tables in the order they are restored, the sequences' values), then one {@code COPY} text file
 * per table, all read in one repeatable-read transaction (a consistent snapshot while Samspil
 * runs).
 *
 * <p>A restore goes into an empty database: Flyway builds the schema up to the backup's version,
 * the tables are emptied of what the migrations inserted, filled by {@code COPY FROM} (foreign key
 * triggers off where the role may, otherwise in dependency order), and the sequences set.
 */
public final class DatabaseBackup {

  static final String MANIFEST = "manifest.properties";
  private static final String FORMAT = "samspil-backup-1";
  private static final String HISTORY = "flyway_schema_history";

  private DatabaseBackup() {}

  /** Writes a backup of the database to the file and returns the number of tables in it. */
  public static int backup(DataSource dataSource, Path file) throws IOException, SQLException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      String version = schemaVersion(connection);
      List<String> tables = tablesInDependencyOrder(connection);
      tables.remove(HISTORY);
      Map<String, String> sequences = sequenceValues(connection);
      var manifest = new Properties();
      manifest.setProperty("format", FORMAT);
      manifest.setProperty("schema-version", version);
      manifest.setProperty("created", Instant.now().toString());
      manifest.setProperty("tables", String.join(",", tables));
      sequences.forEach((name, value) -> manifest.setProperty("sequence." + name, value));
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
        zip.putNextEntry(new ZipEntry(MANIFEST));
        var text = new StringWriter();
        manifest.store(text, "Samspil backup");
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (String table : tables) {
          zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
          copy.copyOut(
              "copy " + quote(table) + " " + columns(connection, table) + " to stdout",
              new KeepOpen(zip));
          zip.closeEntry();
        }
      }
      connection.commit();
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return tables.size();
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * Restores a backup into an empty database (no tables in its {@code public} schema) and returns
   * the schema version it was restored to.
   */
  public static String restore(DataSource dataSource, Path file) throws IOException, SQLException {
    try (var zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry = zip.getNextEntry();
      if (entry == null || !entry.getName().equals(MANIFEST)) {
        throw new IOException(file + " is no Samspil backup (it has no " + MANIFEST + " first)");
      }
      var manifest = new Properties();
      manifest.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
      if (!FORMAT.equals(manifest.getProperty("format"))) {
        throw new IOException(file + " is no Samspil backup of a format this version knows");
      }
      String version = manifest.getProperty("schema-version");
      try (Connection connection = dataSource.getConnection()) {
        if (!tablesInDependencyOrder(connection).isEmpty()) {
          throw new IllegalStateException(
              "The database to restore into is not empty: restore only into a new, empty database.");
        }
      }
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .target(MigrationVersion.fromVersion(version))
          .load()
          .migrate();
      List<String> tables = List.of(manifest.getProperty("tables", "").split(","));
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        replicaMode(connection);
        try (var statement = connection.createStatement()) {
          // what the migrations inserted (standing texts, defaults) comes from the backup instead
          statement.execute(
              "truncate "
                  + String.join(", ", tables.stream().map(DatabaseBackup::quote).toList())
                  + " cascade");
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Set<String> restored = new LinkedHashSet<>();
        while ((entry = zip.getNextEntry()) != null) {
          String name = entry.getName();
          if (!name.startsWith("data/") || !name.endsWith(".copy")) {
            continue;
          }
          String table = name.substring("data/".length(), name.length() - ".copy".length());
          if (!tables.contains(table)) {
            throw new IOException("The backup holds a table its manifest does not name: " + table);
          }
          copy.copyIn(
              "copy " + quote(table) + " " + columns(connection, table) + " from stdin",
              new KeepOpenInput(zip));
          restored.add(table);
        }
        if (!restored.containsAll(tables)) {
          throw new IOException("The backup is incomplete: it lacks tables it names");
        }
        try (var statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
          for (String key : manifest.stringPropertyNames()) {
            if (key.startsWith("sequence.")) {
              String[] value = manifest.getProperty(key).split(":");
              statement.setString(1, quote(key.substring("sequence.".length())));
              statement.setLong(2, Long.parseLong(value[0]));
              statement.setBoolean(3, Boolean.parseBoolean(value[1]));
              statement.execute();
            }
          }
        }
        connection.commit();
      }
      return version;
    }
  }

  /**
   * Foreign key triggers off for the load, when the role may (superuser or granted); else order.
   */
  private static void replicaMode(Connection connection) throws SQLException {
    var savepoint = connection.setSavepoint();
    try (var statement = connection.createStatement()) {
      statement.execute("set local session_replication_role = replica");
    } catch (SQLException notAllowed) {
      connection.rollback(savepoint);
    }
  }

  private static String schemaVersion(Connection connection) throws SQLException {
    try (var rows =
        connection
            .createStatement()
            .executeQuery(
                "select version from "
                    + HISTORY
                    + " where success and version is not null order by installed_rank desc"
                    + " limit 1")) {
      if (!rows.next()) {
        throw new SQLException("The database has no Flyway schema version: is it Samspil's?");
      }
      return rows.getString(1);
    }
  }

  /** The tables of the public schema, each after the tables its foreign keys refer to. */
  static List<String> tablesInDependencyOrder(Connection connection) throws SQLException {
    Map<String, Set<String>> references = new LinkedHashMap<>();
    try (var rows =
        connection
            .createStatement()
            .executeQuery(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind in ('r', 'p')"
                    + " and not c.relispartition order by c.relname")) {
      while (rows.next()) {
        references.put(rows.getString(1), new LinkedHashSet<>());
      }
    }
    try (var rows =
        connection
            .createStatement()
            .executeQuery(
                "select c.relname, r.relname from pg_constraint k"
                    + " join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where k.contype = 'f' and n.nspname = 'public'")) {
      while (rows.next()) {
        if (references.containsKey(rows.getString(1))
            && !rows.getString(1).equals(rows.getString(2))) {
          references.get(rows.getString(1)).add(rows.getString(2));
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (ordered.size() < references.size()) {
      boolean progress = false;
      for (var table : references.entrySet()) {
        if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
          ordered.add(table.getKey());
          placed.add(table.getKey());
          progress = true;
        }
      }
      if (!progress) {
        // a cycle: the rest in name order (the load then relies on replica mode)
        references.keySet().stream().filter(t -> !placed.contains(t)).forEach(ordered::add);
        break;
      }
    }
    return ordered;
  }

  /** Each sequence of the public schema as {@code last_value:is_called}. */
  private static Map<String, String> sequenceValues(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (var rows =
        connection
            .createStatement()
            .executeQuery(
                "select sequencename from pg_sequences where schemaname = 'public'"
                    + " order by sequencename")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : names) {
      try (var rows =
          connection
              .createStatement()
              .executeQuery("select last_value, is_called from " + quote(name))) {
        rows.next();
        values.put(name, rows.getLong(1) + ":" + rows.getBoolean(2));
      }
    }
    return values;
  }

  /** The table's stored columns (generated ones are computed again), as a COPY column list. */
  private static String columns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var statement =
        connection.prepareStatement(
            "select a.attname from pg_attribute a"
                + " where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped"
                + " and a.attgenerated = '' order by a.attnum")) {
      statement.setString(1, quote(table));
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(quote(rows.getString(1)));
        }
      }
    }
    return "(" + String.join(", ", columns) + ")";
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The zip stays open when COPY closes what it wrote to. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** The zip stays open when COPY closes what it read from. */
  private static final class KeepOpenInput extends FilterInputStream {
    KeepOpenInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
