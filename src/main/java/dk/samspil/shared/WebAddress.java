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
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A whole web address: http or https, with a host, at most 500 characters (surrounding spaces are
 * ignored). Blank passes: combine with {@code @NotBlank} where the address is required. Only such
 * addresses are ever rendered as links, so a {@code javascript:} address cannot get onto a page.
 */
@Documented
@Constraint(validatedBy = WebAddress.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WebAddress {

  String message() default "{form.error.web-address}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule, for forms and for code that checks an address it was given. */
  final class Check implements ConstraintValidator<WebAddress, String> {

    public static final int MAX_LENGTH = 500;

    /** Whether the text is an absolute http or https address with a host. */
    public static boolean isValid(String address) {
      if (address == null || address.isBlank() || address.strip().length() > MAX_LENGTH) {
        return false;
      }
      try {
        URI uri = new URI(address.strip());
        String scheme = uri.getScheme();
        return scheme != null
            && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
            && uri.getHost() != null
            && !uri.getHost().isBlank();
      } catch (URISyntaxException e) {
        return false;
      }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || isValid(value);
    }
  }
}
