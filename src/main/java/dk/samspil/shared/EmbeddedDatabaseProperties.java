package dk.samspil.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. A blank directory means a fresh temporary one that
 * is deleted on shutdown (the tests use that).
 *
 * @param directory the data directory, kept across restarts
 * @param port the port to listen on; 0 picks a free one
 */
@ConfigurationProperties("samspil.embedded-database")
public record EmbeddedDatabaseProperties(String directory, int port) {}
