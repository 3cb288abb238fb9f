package dk.samspil.page.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.page.PageProperties;
import dk.samspil.shared.FooterLinks.Link;
import org.junit.jupiter.api.Test;

/** Where the footer's links to the standing pages go, with and without the municipality's own. */
class PageFooterLinksTests {

  @Test
  void linksToTheThreePagesOfSamspilByDefault() {
    assertThat(new PageFooterLinks(new PageProperties("")).links())
        .containsExactly(
            new Link("/om-samarbejdet", "page.footer.about"),
            new Link("/tilgaengelighed", "page.footer.accessibility"),
            new Link("/privatliv", "page.footer.privacy"));
  }

  @Test
  void linksToTheMunicipalitysAccessibilityStatementWhenOneIsConfigured() {
    PageProperties properties =
        new PageProperties("  https://www.was.digst.dk/samspil-naestved-dk ");

    assertThat(new PageFooterLinks(properties).links())
        .contains(
            new Link("https://www.was.digst.dk/samspil-naestved-dk", "page.footer.accessibility"))
        .doesNotContain(new Link("/tilgaengelighed", "page.footer.accessibility"));
  }

  @Test
  void treatsAnUnsetAddressAsNone() {
    assertThat(new PageProperties(null).accessibilityStatementElsewhere()).isFalse();
    assertThat(PageFooterLinks.accessibilityStatement(new PageProperties(" ")))
        .isEqualTo("/tilgaengelighed");
  }

  @Test
  void refusesAnAddressThatIsNotAWebAddressAtStart() {
    assertThatThrownBy(() -> new PageProperties("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("samspil.pages.accessibility-statement-url");
    assertThatThrownBy(() -> new PageProperties("was.digst.dk/samspil"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
