package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.IllegalTransition;
import dk.samspil.shared.ChangeRefused;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/** What the staff controllers share: who may use them, and how their forms are submitted. */
final class Staff {

  /** Employees of any department manage every process; administrators may too. */
  static final String MANAGES_PROCESSES = "hasAnyRole('MEDARBEJDER', 'ADMINISTRATOR')";

  /** The overview is for staff; contact persons are sent on from it to their own desk. */
  static final String READS_OVERVIEW =
      "hasAnyRole('MEDARBEJDER', 'ADMINISTRATOR', 'KONTAKTPERSON')";

  private Staff() {}

  /**
   * {@link Forms#submit}, where a transition the process's rules refuse ({@link IllegalTransition})
   * becomes an error on {@code field}.
   */
  static String submit(
      BindingResult result,
      HttpServletResponse response,
      String field,
      Supplier<String> action,
      Supplier<String> form) {
    return Forms.submit(
        result,
        response,
        () -> {
          try {
            return action.get();
          } catch (IllegalTransition refused) {
            throw new Refused(field, refused.messageKey());
          }
        },
        form);
  }

  /**
   * The errors of one of several forms on a page, with its fields named as that page names their
   * inputs (e.g. {@code begrundelse} as {@code begrundelse-12}, the feedback on invitation 12).
   */
  static FormErrors errorsAt(BindingResult result, Map<String, String> inputs) {
    MapBindingResult renamed = new MapBindingResult(new HashMap<>(), result.getObjectName());
    for (var error : FormErrors.of(result).all()) {
      if (error instanceof FieldError field) {
        renamed.addError(
            new FieldError(
                field.getObjectName(),
                inputs.getOrDefault(field.getField(), field.getField()),
                field.getRejectedValue(),
                field.isBindingFailure(),
                field.getCodes(),
                field.getArguments(),
                field.getDefaultMessage()));
      } else {
        renamed.addError(error);
      }
    }
    return FormErrors.of(renamed);
  }

  /** A refusal that concerns no form of the page, shown at {@code field}. */
  static FormErrors refusal(String field, String messageKey) {
    MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");
    Forms.rejectField(result, field, messageKey);
    return FormErrors.of(result);
  }

  /** A refused transition, as an error on the field it concerns. */
  static final class Refused extends ChangeRefused {
    Refused(String field, String messageKey) {
      super(field, messageKey);
    }
  }
}
