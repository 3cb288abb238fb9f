package dk.samspil.reference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the reference data set that {@code samspil.reference-data} (environment variable {@code
 * SAMSPIL_REFERENCE_DATA}) names, at start and before anything else that runs at start
 * (demonstration data builds on it). A data set that is refused stops the start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataRunner implements ApplicationRunner {

  private final ReferenceDataManagement reference;
  private final String setting;

  ReferenceDataRunner(
      ReferenceDataManagement reference, @Value("${samspil.reference-data:}") String setting) {
    this.reference = reference;
    this.setting = setting;
  }

  @Override
  public void run(ApplicationArguments args) {
    ReferenceDataSource.fromSetting(setting).ifPresent(reference::loadIfNew);
  }
}
