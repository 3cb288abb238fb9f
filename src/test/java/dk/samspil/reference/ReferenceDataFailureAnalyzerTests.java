package dk.samspil.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class ReferenceDataFailureAnalyzerTests {

  // Spring Boot's own analyzers need the failed context's bean factory and are skipped here.

  @Test
  void explainsAStartStoppedByARefusedDataSet() {
    ReferenceDataRefused refused =
        new ReferenceDataRefused(
            ReferenceDataSource.named("naestved"),
            List.of("sogne.geojson, feature 3 (1003): has no navn"));
    FailureAnalyzer analyzer =
        SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, null, (type, name, failure) -> {})
            .stream()
            .filter(ReferenceDataFailureAnalyzer.class::isInstance)
            .findFirst()
            .orElseThrow(() -> new AssertionError("not registered in META-INF/spring.factories"));

    FailureAnalysis analysis =
        analyzer.analyze(new IllegalStateException("Failed to execute ApplicationRunner", refused));

    assertThat(analysis.getDescription())
        .contains("Reference data naestved (classpath:reference/naestved/) is refused")
        .contains("sogne.geojson, feature 3 (1003): has no navn");
    assertThat(analysis.getAction()).contains("src/main/resources/reference/README.md");
  }
}
