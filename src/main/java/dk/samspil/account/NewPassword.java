package dk.samspil.account;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A new password as a person chooses it on a form that implements {@link Typed}: at least {@link
 * #MIN_LENGTH} characters (as a person counts them, not UTF-16 units), at most {@link #MAX_LENGTH},
 * no composition rules, not on the list of {@link CommonPasswords} (NIST SP 800-63B), and typed the
 * same twice. (That it differs from the account's e-mail address is checked by the service, which
 * knows the address: {@link Check#sameAsEmail}.) The message goes to the field that is wrong:
 * {@code password}, or {@code repeat} when the two differ.
 */
@Documented
@Constraint(validatedBy = NewPassword.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NewPassword {

  /** The shortest password accepted. */
  int MIN_LENGTH = 10;

  /** Long enough for any passphrase, short enough that hashing it costs nothing extra. */
  int MAX_LENGTH = 200;

  String message() default "{password.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Shown in the messages as {@code {min}}. */
  int min() default MIN_LENGTH;

  /** Shown in the messages as {@code {max}}. */
  int max() default MAX_LENGTH;

  /** A form with a new password, typed twice. */
  interface Typed {
    String password();

    String repeat();
  }

  /** The rule, for forms and for the services that set a password. */
  final class Check implements ConstraintValidator<NewPassword, Typed> {

    /** Whether the password has an acceptable length. */
    public static boolean isValid(String password) {
      if (password == null) {
        return false;
      }
      int length = password.codePointCount(0, password.length());
      return length >= MIN_LENGTH
          && password.length() <= MAX_LENGTH
          && !CommonPasswords.contains(password);
    }

    /** Whether the password is the account's e-mail address (ignoring case and spaces). */
    public static boolean sameAsEmail(String password, String email) {
      return password != null && email != null && password.strip().equalsIgnoreCase(email.strip());
    }

    @Override
    public boolean isValid(Typed form, ConstraintValidatorContext context) {
      if (form == null) {
        return true;
      }
      String password = form.password();
      if (password == null || password.isEmpty()) {
        return refuse(context, "password", "{password.required}");
      }
      if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
        return refuse(context, "password", "{password.tooshort}");
      }
      if (password.length() > MAX_LENGTH) {
        return refuse(context, "password", "{password.toolong}");
      }
      if (CommonPasswords.contains(password)) {
        return refuse(context, "password", "{password.common}");
      }
      if (!password.equals(form.repeat())) {
        return refuse(context, "repeat", "{password.mismatch}");
      }
      return true;
    }

    private static boolean refuse(
        ConstraintValidatorContext context, String field, String message) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(message)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
