package dk.samspil.demo;

import dk.samspil.shared.EmbeddedDatabaseInUse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads demonstration data at start when {@code samspil.demo-data} is {@code true}, or when it is
 * {@code auto} (the default) and Samspil runs on its embedded database.
 */
@Component
class DemoDataRunner implements ApplicationRunner {

  private final DemoDataImporter importer;
  private final boolean enabled;

  DemoDataRunner(
      DemoDataImporter importer,
      @Value("${samspil.demo-data:auto}") String setting,
      Optional<EmbeddedDatabaseInUse> embedded) {
    this.importer = importer;
    this.enabled = isEnabled(setting, embedded.isPresent());
  }

  static boolean isEnabled(String setting, boolean embeddedDatabase) {
    return switch (setting.trim().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes" -> true;
      case "auto" -> embeddedDatabase;
      default -> false;
    };
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (enabled) {
      importer.importIfNew();
    }
  }

  boolean enabled() {
    return enabled;
  }
}
