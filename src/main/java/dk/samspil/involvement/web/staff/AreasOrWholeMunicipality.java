package dk.samspil.involvement.web.staff;

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
 * A process concerns the whole municipality or at least one area. The error is shown at the "whole
 * municipality" checkbox, the first input of the areas' fieldset.
 */
@Documented
@Constraint(validatedBy = AreasOrWholeMunicipality.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface AreasOrWholeMunicipality {

  String message() default "{staff.form.error.areas.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule. */
  final class Check implements ConstraintValidator<AreasOrWholeMunicipality, ProcessForm> {

    @Override
    public boolean isValid(ProcessForm form, ConstraintValidatorContext context) {
      if (form == null
          || form.wholeMunicipality()
          || (form.omraader() != null && !form.omraader().isEmpty())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("heleKommunen")
          .addConstraintViolation();
      return false;
    }
  }
}
