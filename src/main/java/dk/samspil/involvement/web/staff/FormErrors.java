package dk.samspil.involvement.web.staff;

import dk.samspil.shared.FieldError;
import java.util.List;

/** A page with a form: its errors, and the error of one field (for the message next to it). */
public interface FormErrors {

  List<FieldError> errors();

  /** The first error of the field with this id, or null. */
  default FieldError error(String field) {
    return errors().stream().filter(error -> error.field().equals(field)).findFirst().orElse(null);
  }

  default boolean hasError(String field) {
    return error(field) != null;
  }

  /** The {@code aria-describedby} value that links the field to its message, or null. */
  default String describedBy(String field) {
    return hasError(field) ? field + "-error" : null;
  }
}
