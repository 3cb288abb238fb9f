package dk.samspil.page;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the standing pages.
 *
 * @param accessibilityStatementUrl the municipality's accessibility statement on was.digst.dk (or
 *     elsewhere), an absolute http(s) address; blank: Samspil's own page {@code /tilgaengelighed}
 */
@ConfigurationProperties("samspil.pages")
public record PageProperties(String accessibilityStatementUrl) {

  public PageProperties {
    accessibilityStatementUrl =
        accessibilityStatementUrl == null || accessibilityStatementUrl.isBlank()
            ? null
            : accessibilityStatementUrl.strip();
    if (accessibilityStatementUrl != null && !isWebAddress(accessibilityStatementUrl)) {
      throw new IllegalArgumentException(
          "samspil.pages.accessibility-statement-url must be an absolute http(s) address, was: "
              + accessibilityStatementUrl);
    }
  }

  /** Whether the accessibility statement is elsewhere, so Samspil's own page is not used. */
  public boolean accessibilityStatementElsewhere() {
    return accessibilityStatementUrl != null;
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
