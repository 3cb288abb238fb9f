package dk.samspil.organisation.admin;

import dk.samspil.organisation.Theme;
import dk.samspil.shared.FieldError;
import java.util.List;

/** Creating a theme or editing one (theme is then set). */
public record ThemeFormPage(Theme theme, ThemeForm form, List<FieldError> errors) {

  public boolean creating() {
    return theme == null;
  }
}
