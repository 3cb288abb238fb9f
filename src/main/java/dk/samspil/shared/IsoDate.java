package dk.samspil.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date typed as yyyy-mm-dd (what {@code <input type="date">} sends). Forms keep dates as the text
 * typed, so a wrong date is shown again as typed, with the message; {@link Check#parse} reads it
 * once the form is valid. Blank passes: combine with {@code @NotBlank} where the date is required.
 */
@Documented
@Constraint(validatedBy = IsoDate.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface IsoDate {

  String message() default "{form.error.date}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule, and the reading of a valid date. */
  final class Check implements ConstraintValidator<IsoDate, String> {

    /** The date typed, or null when blank; only for text that passed the check. */
    public static LocalDate parse(String text) {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      try {
        LocalDate.parse(value.strip());
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }
}
