package dk.samspil.page.admin;

import dk.samspil.page.Page;
import dk.samspil.page.PageDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A page's title and Markdown text as typed, and the version of the page the form was opened on (a
 * hidden field; none counts as out of date).
 */
public record PageForm(
    @NotBlank @Size(max = Page.TITLE_MAX_LENGTH) String title,
    @NotBlank @Size(max = Page.BODY_MAX_LENGTH) String body,
    Integer version) {

  static PageForm of(Page page) {
    return new PageForm(page.getTitle(), page.getBody(), page.getVersion());
  }

  /** What was typed, now based on the page's current version. */
  PageForm basedOn(Page page) {
    return new PageForm(title, body, page.getVersion());
  }

  int basedOnVersion() {
    return version == null ? -1 : version;
  }

  PageDraft toDraft() {
    // browsers send line breaks as CR LF; the text is kept with LF only
    return new PageDraft(title.strip(), body.replace("\r\n", "\n").strip());
  }
}
