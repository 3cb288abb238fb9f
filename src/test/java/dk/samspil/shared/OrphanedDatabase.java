package dk.samspil.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseTests}: starts the embedded database on a data
 * directory, writes a row, says READY and waits to be killed.
 */
final class OrphanedDatabase {

  private OrphanedDatabase() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgres postgres = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(args[0], 0));
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create table survivor (value text)");
      statement.execute("insert into survivor values ('still here')");
    }
    System.out.println("READY");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
