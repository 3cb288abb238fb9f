package dk.samspil.organisation.admin;

import dk.samspil.organisation.Theme;
import dk.samspil.shared.FormErrors;

/** Creating a theme or editing one (theme is then set). */
public record ThemeFormPage(Theme theme, ThemeForm form, FormErrors errors) {

  public boolean creating() {
    return theme == null;
  }
}
