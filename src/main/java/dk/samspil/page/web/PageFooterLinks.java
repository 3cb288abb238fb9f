package dk.samspil.page.web;

import dk.samspil.page.Page;
import dk.samspil.page.PageProperties;
import dk.samspil.shared.FooterLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every page's footer links to the three standing pages; the accessibility statement goes to the
 * municipality's own statement when one is configured ({@code
 * samspil.pages.accessibility-statement-url}), as the law asks for one statement per website.
 */
@Component
class PageFooterLinks implements FooterLinks {

  private final List<Link> links;

  PageFooterLinks(PageProperties properties) {
    this.links =
        List.of(
            new Link("/" + Page.ABOUT, "page.footer.about"),
            new Link(accessibilityStatement(properties), "page.footer.accessibility"),
            new Link("/" + Page.PRIVACY, "page.footer.privacy"));
  }

  /** Where the accessibility statement is read. */
  static String accessibilityStatement(PageProperties properties) {
    return properties.accessibilityStatementElsewhere()
        ? properties.accessibilityStatementUrl()
        : "/" + Page.ACCESSIBILITY;
  }

  @Override
  public List<Link> links() {
    return links;
  }
}
