package dk.samspil.page.admin;

import dk.samspil.page.Page;
import dk.samspil.page.PageDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A page's title and Markdown text as typed. */
public record PageForm(
    @NotBlank @Size(max = Page.TITLE_MAX_LENGTH) String title,
    @NotBlank @Size(max = Page.BODY_MAX_LENGTH) String body) {

  static PageForm of(Page page) {
    return new PageForm(page.getTitle(), page.getBody());
  }

  PageDraft toDraft() {
    // browsers send line breaks as CR LF; the text is kept with LF only
    return new PageDraft(title.strip(), body.replace("\r\n", "\n").strip());
  }
}
