package dk.samspil.shared;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown that staff write (process texts, notices) as HTML that is safe to put into a page: raw
 * HTML in the text is escaped, and links may only go to web and mail addresses (images only to web
 * addresses), so {@code javascript:} and {@code data:} targets are removed. Headings start at level
 * 2, because the page's own title is its only {@code h1}. Templates may print only this output with
 * {@code $unsafe{…}}.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new WebOnly())
          .build();

  private Markdown() {}

  /** The text as safe HTML; empty for null or blank text. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Node document = PARSER.parse(markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + 1));
            visitChildren(heading);
          }
        });
    return RENDERER.render(document);
  }

  /** Relative addresses, and absolute ones with an allowed scheme; anything else becomes empty. */
  private static final class WebOnly implements UrlSanitizer {

    private static final Set<String> LINKS = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGES = Set.of("http", "https");

    @Override
    public String sanitizeLinkUrl(String url) {
      return allowed(url, LINKS) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return allowed(url, IMAGES) ? url : "";
    }

    private static boolean allowed(String url, Set<String> schemes) {
      // browsers ignore control characters and spaces in a scheme ("java\tscript:")
      String compact = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
      int colon = compact.indexOf(':');
      if (colon < 0) {
        return true;
      }
      int pathStart = indexOfAny(compact, "/?#");
      if (pathStart >= 0 && pathStart < colon) {
        return true; // a relative address with a colon later on, e.g. "sider/a:b"
      }
      return schemes.contains(compact.substring(0, colon));
    }

    private static int indexOfAny(String text, String characters) {
      for (int i = 0; i < text.length(); i++) {
        if (characters.indexOf(text.charAt(i)) >= 0) {
          return i;
        }
      }
      return -1;
    }
  }
}
