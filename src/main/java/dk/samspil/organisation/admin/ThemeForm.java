package dk.samspil.organisation.admin;

import dk.samspil.organisation.Slugs;
import dk.samspil.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The theme form as typed; the slug is only set when the theme is created. */
public record ThemeForm(String name, String slug, String description) {

  static ThemeForm empty() {
    return new ThemeForm("", "", "");
  }

  public String nameValue() {
    return Fields.orEmpty(name);
  }

  public String slugValue() {
    return Fields.orEmpty(slug);
  }

  public String descriptionValue() {
    return Fields.orEmpty(description);
  }

  String effectiveSlug() {
    String typed = Fields.clean(slug);
    return typed != null ? typed.toLowerCase(Locale.ROOT) : Slugs.of(name);
  }

  List<FieldError> validate(boolean creating) {
    List<FieldError> errors = new ArrayList<>();
    Fields.required(errors, "name", name, 200);
    if (creating) {
      String effective = effectiveSlug();
      if (effective.isEmpty()) {
        errors.add(new FieldError("slug", "admin.field.required"));
      } else if (!Slugs.isValid(effective)) {
        errors.add(new FieldError("slug", "admin.slug.invalid", effective));
      }
    }
    Fields.maxLength(errors, "description", description, 2000);
    return errors;
  }
}
