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
 * An e-mail address as people type it: one @, a dot in the domain, no spaces, at most 320
 * characters (surrounding spaces are ignored). Blank passes: combine with {@code @NotBlank} where
 * the address is required. {@link Check#isValid(String)} is the same rule for code outside forms.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface EmailAddress {

  String message() default "{form.error.email}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule, for forms and for code that checks an address it was given. */
  final class Check implements ConstraintValidator<EmailAddress, String> {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    public static final int MAX_LENGTH = 320;

    /** Whether the text is an e-mail address (surrounding spaces ignored). */
    public static boolean isValid(String address) {
      if (address == null) {
        return false;
      }
      String stripped = address.strip();
      return stripped.length() <= MAX_LENGTH && FORMAT.matcher(stripped).matches();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || isValid(value);
    }
  }
}
