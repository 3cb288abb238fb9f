package dk.samspil.council.admin;

import dk.samspil.shared.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** What the forms of this package have in common: trimming, lengths, addresses, numbers, dates. */
final class FormText {

  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  private FormText() {}

  /** The text without surrounding spaces, or null when blank. */
  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Adds an error if the required text is missing or longer than {@code max}. */
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

  static boolean isEmail(String value) {
    return value != null && value.length() <= 320 && EMAIL.matcher(value).matches();
  }

  /** Whether the text is an absolute http or https address with a host. */
  static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The id chosen in a select, or null for none; -1 when the value is not a number. */
  static Long id(String value) {
    String text = clean(value);
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  /** The date typed (yyyy-mm-dd), or null when blank; throws when it cannot be read. */
  static LocalDate date(String value) throws DateTimeParseException {
    String text = clean(value);
    return text == null ? null : LocalDate.parse(text);
  }
}
