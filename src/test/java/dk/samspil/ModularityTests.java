package dk.samspil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  static final ApplicationModules modules = ApplicationModules.of(SamspilApplication.class);

  @Test
  void keepsModuleBoundaries() {
    modules.verify();
  }

  @Test
  void hasTheModulesOfTheDesign() {
    assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains(
            "shared",
            "area",
            "council",
            "organisation",
            "reference",
            "demo",
            "involvement",
            "notice",
            "notification",
            "page");
  }

  @Test
  void writesModuleDiagrams() {
    new Documenter(modules).writeDocumentation();
  }
}
