package dk.samspil.page.web;

import dk.samspil.page.Page;
import dk.samspil.page.PageManagement;
import dk.samspil.page.PageProperties;
import dk.samspil.page.PageText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The standing pages, each at a short address of its own. */
@Controller
class PageController {

  private final PageManagement pages;
  private final PageProperties properties;
  private final String municipality;

  PageController(
      PageManagement pages,
      PageProperties properties,
      @Value("${samspil.municipality.name}") String municipality) {
    this.pages = pages;
    this.properties = properties;
    this.municipality = municipality;
  }

  @GetMapping("/" + Page.ABOUT)
  String about(Model model) {
    return show(Page.ABOUT, model);
  }

  /** Samspil's own statement, or the municipality's where one is configured. */
  @GetMapping("/" + Page.ACCESSIBILITY)
  String accessibility(Model model) {
    if (properties.accessibilityStatementElsewhere()) {
      return "redirect:" + properties.accessibilityStatementUrl();
    }
    return show(Page.ACCESSIBILITY, model);
  }

  @GetMapping("/" + Page.PRIVACY)
  String privacy(Model model) {
    return show(Page.PRIVACY, model);
  }

  private String show(String slug, Model model) {
    Page page = pages.page(slug);
    model.addAttribute(
        "page",
        new PageView(
            PageText.title(page.getTitle(), municipality),
            PageText.html(page.getBody(), municipality),
            page.getUpdatedAt()));
    return "page/page";
  }
}
