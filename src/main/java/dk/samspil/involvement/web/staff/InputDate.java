package dk.samspil.involvement.web.staff;

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
 * A date as staff type it (see {@link InputDates}: the browser's 2027-03-22, or 22.3.2027,
 * 22-03-2027). Blank passes: combine with {@code @NotBlank} where the date is required.
 */
@Documented
@Constraint(validatedBy = InputDate.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@interface InputDate {

  String message() default "{staff.form.error.date}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule. */
  final class Check implements ConstraintValidator<InputDate, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return InputDates.isBlank(value) || InputDates.parse(value) != null;
    }
  }
}
