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

/**
 * A whole number from {@code min} to {@code max}, typed as text, so that "12a" is shown again as
 * typed, with the message. Blank passes: combine with {@code @NotBlank} where it is required.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WholeNumber {

  String message() default "{form.error.whole-number}";

  int min() default 0;

  int max() default Integer.MAX_VALUE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule, and the reading of a valid number. */
  final class Check implements ConstraintValidator<WholeNumber, String> {

    private int min;
    private int max;

    /** The number typed, or null when blank; only for text that passed the check. */
    public static Integer parse(String text) {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    @Override
    public void initialize(WholeNumber constraint) {
      this.min = constraint.min();
      this.max = constraint.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      try {
        int number = Integer.parseInt(value.strip());
        return number >= min && number <= max;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}
