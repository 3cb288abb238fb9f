package dk.samspil.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The errors of one submitted form, as its template shows them: a message next to each field
 * ({@code shared/form/fieldError}) and all of them in the summary at the top ({@code
 * shared/form/errorSummary}). Made from the form's {@link Errors} after Bean Validation and any
 * refusal of the use case ({@link Forms#reject}); each error is a message key with arguments, or
 * Bean Validation's message already in the reader's language, and the template resolves it with
 * {@link PageContext#message}.
 *
 * <p>A field's name is also the id of its input, so the summary links to the input. The summary
 * lists errors in the order of the form record's components (the order of the fields on the page),
 * errors that concern no field first.
 */
public final class FormErrors {

  public static final FormErrors NONE = new FormErrors(List.of());

  private final List<ObjectError> errors;

  private FormErrors(List<ObjectError> errors) {
    this.errors = List.copyOf(errors);
  }

  /** The errors of a bound and validated form. */
  public static FormErrors of(Errors errors) {
    if (!errors.hasErrors()) {
      return NONE;
    }
    Map<String, Integer> order = componentOrder(errors);
    List<ObjectError> all = new ArrayList<>(errors.getGlobalErrors());
    errors.getFieldErrors().stream()
        .sorted(
            Comparator.comparing(
                (FieldError error) ->
                    order.getOrDefault(rootName(error.getField()), Integer.MAX_VALUE)))
        .forEach(all::add);
    return new FormErrors(all);
  }

  /** Whether there is any error. */
  public boolean any() {
    return !errors.isEmpty();
  }

  /** Every error, in the order of the summary. */
  public List<ObjectError> all() {
    return errors;
  }

  /** The first error of the field, or null. */
  public FieldError error(String field) {
    return errors.stream()
        .filter(FieldError.class::isInstance)
        .map(FieldError.class::cast)
        .filter(error -> error.getField().equals(field))
        .findFirst()
        .orElse(null);
  }

  /** Whether the field has an error. */
  public boolean has(String field) {
    return error(field) != null;
  }

  /**
   * The {@code aria-describedby} value that links the field to its hint (if {@code hint}) and its
   * error message (if any), or null when there is neither.
   */
  public String describedBy(String field, boolean hint) {
    String id = inputId(field);
    String ids = ((hint ? id + "-hint " : "") + (has(field) ? id + "-error" : "")).strip();
    return ids.isEmpty() ? null : ids;
  }

  /** Where the summary links to for this error: the field's input, or the top of the form. */
  public static String anchor(ObjectError error) {
    return error instanceof FieldError field ? "#" + inputId(field.getField()) : "#main-content";
  }

  /**
   * The id of the input for a field: its name, with {@code phases[0].name} as {@code
   * phases-0-name}.
   */
  public static String inputId(String field) {
    return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
  }

  private static String rootName(String field) {
    return field.split("[\\[.]", 2)[0];
  }

  private static Map<String, Integer> componentOrder(Errors errors) {
    Object target = errors instanceof BindingResult result ? result.getTarget() : null;
    if (target == null || !target.getClass().isRecord()) {
      return Map.of();
    }
    var components = target.getClass().getRecordComponents();
    return IntStream.range(0, components.length)
        .boxed()
        .collect(Collectors.toMap(i -> components[i].getName(), Function.identity()));
  }

  @Override
  public String toString() {
    return Arrays.toString(errors.toArray());
  }
}
