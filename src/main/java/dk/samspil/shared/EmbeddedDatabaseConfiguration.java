package dk.samspil.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that
 * running and testing Samspil needs nothing installed. With a URL, Spring Boot's own data source is
 * used and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    return EmbeddedDatabase.start(properties);
  }

  @Bean
  DataSource dataSource(
      EmbeddedPostgres postgres,
      @Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeout) {
    var dataSource = new HikariDataSource();
    // the server's own data source carries the generated password (EmbeddedDatabase)
    dataSource.setDataSource(postgres.getPostgresDatabase());
    dataSource.setPoolName("samspil-embedded");
    dataSource.setMaximumPoolSize(10);
    // as for an external database: a page waits seconds, not half a minute, when it is down
    dataSource.setConnectionTimeout(connectionTimeout);
    return dataSource;
  }

  /** Lets other beans ask whether the embedded database is the one in use. */
  @Bean
  EmbeddedDatabaseInUse embeddedDatabaseInUse() {
    return new EmbeddedDatabaseInUse();
  }
}
