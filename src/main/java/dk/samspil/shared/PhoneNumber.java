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
import java.util.regex.Pattern;

/**
 * A phone number as people write it: at least four digits, with spaces, brackets, hyphens, dots or
 * slashes between them and an optional leading +, at most 40 characters (surrounding spaces are
 * ignored). Blank passes: combine with {@code @NotBlank} where the number is required.
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PhoneNumber {

  String message() default "{form.error.phone}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule. */
  final class Check implements ConstraintValidator<PhoneNumber, String> {

    private static final Pattern FORMAT =
        Pattern.compile("\\+?(?=(?:[^0-9]*[0-9]){4})[0-9 ()./-]{4,40}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || FORMAT.matcher(value.strip()).matches();
    }
  }
}
