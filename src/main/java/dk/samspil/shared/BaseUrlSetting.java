package dk.samspil.shared;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every link in Samspil's e-mails starts with {@code samspil.base-url}. In the embedded
 * demonstration run (no {@code spring.datasource.url}, demonstration data on) it defaults to {@code
 * http://localhost:8080}; anywhere else a wrong default would send people links that lead nowhere,
 * so Samspil refuses to start until it is set (environment variable {@code SAMSPIL_BASE_URL}).
 */
public class BaseUrlSetting implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "samspil.base-url";
  static final String DEMONSTRATION_DEFAULT = "http://localhost:8080";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty(DatabaseCommand.COMMAND_PROPERTY)) {
      return; // backup and restore send no mail
    }
    String baseUrl = environment.getProperty(PROPERTY, "");
    String resolved =
        resolve(
            baseUrl,
            environment.getProperty("spring.datasource.url", ""),
            environment.getProperty("samspil.demo-data", "auto"));
    // a blank value from application.yml is there too: the default must come before it
    if (!resolved.equals(baseUrl)) {
      environment
          .getPropertySources()
          .addFirst(new MapPropertySource("samspil-base-url-default", Map.of(PROPERTY, resolved)));
    }
  }

  /**
   * The base URL to use: the one set, or in the embedded demonstration run the local default.
   *
   * @throws BaseUrlMissing outside the demonstration run when none is set
   */
  static String resolve(String baseUrl, String datasourceUrl, String demoData) {
    if (baseUrl != null && !baseUrl.isBlank()) {
      String trimmed = baseUrl.trim();
      if (!trimmed.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
        throw new BaseUrlMissing(
            "samspil.base-url is '" + trimmed + "', which is not an http(s) address.");
      }
      return trimmed;
    }
    boolean embedded = datasourceUrl == null || datasourceUrl.isBlank();
    String demo = demoData == null ? "auto" : demoData.trim().toLowerCase(Locale.ROOT);
    boolean demonstration =
        embedded
            && (demo.equals("auto")
                || demo.equals("true")
                || demo.equals("on")
                || demo.equals("yes"));
    if (demonstration) {
      return DEMONSTRATION_DEFAULT;
    }
    throw new BaseUrlMissing(
        "samspil.base-url is not set. Outside the embedded demonstration run ("
            + (embedded ? "demonstration data is off" : "an external database is configured")
            + ") Samspil needs the address people reach it at, for the links in its e-mails.");
  }

  @Override
  public int getOrder() {
    // after the configuration files and the environment variables are read
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Samspil was started without the address its e-mail links need. */
  static final class BaseUrlMissing extends IllegalStateException {
    BaseUrlMissing(String message) {
      super(message);
    }
  }
}
