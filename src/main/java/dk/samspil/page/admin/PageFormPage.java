package dk.samspil.page.admin;

import dk.samspil.page.Page;
import dk.samspil.shared.FormErrors;

/**
 * Editing a page: the form as typed, its errors, and, when the administrator asked for it, the
 * title and text as the page will show them ({@code previewHtml} null otherwise).
 */
public record PageFormPage(
    Page page, PageForm form, FormErrors errors, String previewTitle, String previewHtml) {

  public boolean previewing() {
    return previewHtml != null;
  }
}
