package dk.samspil.organisation.admin;

import dk.samspil.organisation.Slugs;
import dk.samspil.organisation.Theme;
import dk.samspil.organisation.ThemeDraft;
import dk.samspil.shared.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * The theme form as typed; the slug is only set when the theme is created (blank: from the name).
 */
public record ThemeForm(
    @NotBlank @Size(max = 200) String name,
    @Size(max = Slugs.MAX_LENGTH) String slug,
    @Size(max = 2000) String description) {

  static ThemeForm empty() {
    return new ThemeForm("", "", "");
  }

  static ThemeForm of(Theme theme) {
    return new ThemeForm(theme.getName(), theme.getSlug(), Forms.orEmpty(theme.getDescription()));
  }

  ThemeDraft toDraft() {
    String typed = Forms.clean(slug);
    return new ThemeDraft(
        typed != null ? typed.toLowerCase(Locale.ROOT) : Slugs.of(name),
        name.strip(),
        Forms.clean(description));
  }
}
