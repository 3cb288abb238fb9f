package dk.samspil.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form kit: how every form in Samspil is submitted. A controller binds a form record with
 * {@code @Valid @ModelAttribute}, takes the {@link BindingResult} and hands both to {@link
 * #submit}:
 *
 * <pre>{@code
 * @PostMapping("/ny")
 * String create(@Valid @ModelAttribute("form") ThemeForm form, BindingResult result,
 *     Model model, HttpServletResponse response, RedirectAttributes redirect) {
 *   return Forms.submit(result, response,
 *       () -> {
 *         Theme theme = themes.createTheme(form.toDraft());
 *         Forms.confirm(redirect, "admin.theme.created", theme.getName());
 *         return "redirect:/admin/temaer";
 *       },
 *       () -> form(model, null, form, FormErrors.of(result)));
 * }
 * }</pre>
 *
 * Nothing the person typed is lost: with an error the same form record is shown again, with the
 * messages, and the status 422.
 */
public final class Forms {

  private Forms() {}

  /**
   * Runs {@code action} when the form has no errors and returns its view (usually a redirect). When
   * the form has errors, or the action is refused ({@link ChangeRefused}, which then becomes an
   * error on its field), answers 422 with {@code form}, the form shown again.
   */
  public static String submit(
      BindingResult result,
      HttpServletResponse response,
      Supplier<String> action,
      Supplier<String> form) {
    if (!result.hasErrors()) {
      try {
        return action.get();
      } catch (ChangeRefused refused) {
        reject(result, refused);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form.get();
  }

  /**
   * Adds a refusal to the form's errors: on its field (which may also be a button, such as {@code
   * delete}), or on the whole form if it names none.
   */
  public static void reject(BindingResult result, ChangeRefused refused) {
    rejectField(result, refused.field(), refused.messageKey(), refused.arguments());
  }

  /**
   * Adds an error to a field (or to the whole form, for a blank field), for a check the controller
   * makes before the use case, e.g. that a chosen id is one of those offered. Unlike {@link
   * BindingResult#rejectValue} it does not read the form, so it also works when a tampered value
   * could not be bound (the result then has no target).
   */
  public static void rejectField(
      BindingResult result, String field, String messageKey, Object... arguments) {
    String[] codes = {messageKey};
    if (field == null || field.isBlank()) {
      result.addError(new ObjectError(result.getObjectName(), codes, arguments, null));
    } else {
      result.addError(
          new FieldError(result.getObjectName(), field, null, false, codes, arguments, null));
    }
  }

  /**
   * Says what was just done on the page the redirect leads to ("Temaet er gemt."): the one way to
   * confirm a change after Post/Redirect/Get. The layout shows it once, at the top of the page.
   */
  public static void confirm(RedirectAttributes redirect, String messageKey, Object... arguments) {
    redirect.addFlashAttribute(Confirmation.ATTRIBUTE, new Confirmation(messageKey, arguments));
  }

  /** The text without surrounding white space, or null when it is blank. */
  public static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The text, or an empty text for null: what a form's input shows. */
  public static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
