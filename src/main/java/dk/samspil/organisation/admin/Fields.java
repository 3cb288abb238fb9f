package dk.samspil.organisation.admin;

import dk.samspil.shared.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the forms of this package have in common. */
final class Fields {

  private Fields() {}

  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  static void required(List<FieldError> errors, String field, String value, int max) {
    if (clean(value) == null) {
      errors.add(new FieldError(field, "admin.field.required"));
    } else {
      maxLength(errors, field, value, max);
    }
  }

  static void maxLength(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.add(new FieldError(field, "admin.field.too-long", max));
    }
  }

  /** The date typed (yyyy-mm-dd), or null when blank; throws when it cannot be read. */
  static LocalDate date(String value) throws DateTimeParseException {
    String text = clean(value);
    return text == null ? null : LocalDate.parse(text);
  }

  /** A confirmation to show on the page after the redirect. */
  static void notice(RedirectAttributes redirect, String key, String argument) {
    redirect.addFlashAttribute("notice", key);
    redirect.addFlashAttribute("noticeArg", argument);
  }
}
