package dk.samspil.council.web;

import dk.samspil.shared.FieldError;
import java.util.List;

/** Finds the error of one field, for the message next to it. */
public final class FormErrors {

  private FormErrors() {}

  /** The first error of the field, or null. */
  public static FieldError of(List<FieldError> errors, String field) {
    return errors.stream().filter(error -> error.field().equals(field)).findFirst().orElse(null);
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** Whole numbers from {@code min} to {@code max}; null if the text is none of them. */
  static Integer wholeNumber(String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      return value >= min && value <= max ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean isEmail(String text) {
    return text.length() <= 320 && text.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
  }
}
