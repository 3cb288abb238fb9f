package dk.samspil.page;

import dk.samspil.shared.Markdown;
import org.springframework.web.util.HtmlUtils;

/**
 * A page's text as readers see it: the Markdown as safe HTML ({@link Markdown}, headings from h2),
 * and {@value Page#MUNICIPALITY} replaced by the municipality's name, in the title as well.
 */
public final class PageText {

  private PageText() {}

  /** The title with the municipality's name filled in (the template escapes it). */
  public static String title(String title, String municipality) {
    return title == null ? "" : title.replace(Page.MUNICIPALITY, municipality);
  }

  /** The body as safe HTML with the municipality's name filled in, escaped. */
  public static String html(String markdown, String municipality) {
    // after rendering, so that the name is text, never Markdown or HTML
    return Markdown.toHtml(markdown)
        .replace(Page.MUNICIPALITY, HtmlUtils.htmlEscape(municipality, "UTF-8"));
  }
}
