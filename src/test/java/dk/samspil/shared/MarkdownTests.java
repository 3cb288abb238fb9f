package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

  @Test
  void rendersHeadingsListsEmphasisAndLinks() {
    String html =
        Markdown.toHtml("# Plan\n\n- *ét* punkt\n- **to**\n\n[Referat](https://example.org/r)");

    assertThat(html)
        .contains("<h2>Plan</h2>")
        .contains("<li><em>ét</em> punkt</li>")
        .contains("<strong>to</strong>")
        .contains("href=\"https://example.org/r\">Referat</a>");
  }

  @Test
  void startsHeadingsBelowThePageTitle() {
    assertThat(Markdown.toHtml("# En\n\n## To\n\n###### Seks"))
        .contains("<h2>En</h2>")
        .contains("<h3>To</h3>")
        .contains("<h6>Seks</h6>")
        .doesNotContain("<h1>");
  }

  @Test
  void escapesRawHtmlInsteadOfPassingItThrough() {
    String html = Markdown.toHtml("Hej <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");

    assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
  }

  @Test
  void removesUnsafeLinkTargets() {
    String html =
        Markdown.toHtml(
            "[klik](javascript:alert(1)) ![b](javascript:alert(2)) [c](data:text/html,x)"
                + " [d](vbscript:x) [e](java\tscript:alert(3)) ![f](data:image/png;base64,AA)");

    assertThat(html)
        .doesNotContain("javascript:")
        .doesNotContain("data:text/html")
        .doesNotContain("vbscript:");
  }

  @Test
  void keepsWebMailAndRelativeAddresses() {
    String html =
        Markdown.toHtml("[a](https://example.org) [b](mailto:plan@kommune.example) [c](/kontakt)");

    assertThat(html)
        .contains("href=\"https://example.org\"")
        .contains("href=\"mailto:plan@kommune.example\"")
        .contains("href=\"/kontakt\"");
  }

  @Test
  void rendersNothingForNoText() {
    assertThat(Markdown.toHtml(null)).isEmpty();
    assertThat(Markdown.toHtml("  ")).isEmpty();
  }
}
