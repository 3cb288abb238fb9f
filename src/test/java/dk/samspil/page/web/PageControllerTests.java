package dk.samspil.page.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.page.PageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The accessibility statement's address when the municipality has its own statement elsewhere. */
class PageControllerTests {

  @Test
  void forwardsToTheMunicipalitysAccessibilityStatementWhenOneIsConfigured() {
    PageController controller =
        new PageController(
            null,
            new PageProperties("https://www.was.digst.dk/samspil-naestved-dk"),
            "Næstved Kommune");

    assertThat(controller.accessibility(new ExtendedModelMap()))
        .isEqualTo("redirect:https://www.was.digst.dk/samspil-naestved-dk");
  }
}
