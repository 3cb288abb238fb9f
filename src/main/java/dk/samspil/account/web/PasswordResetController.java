package dk.samspil.account.web;

import dk.samspil.account.PasswordManagement;
import dk.samspil.account.TokenPurpose;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Glemt adgangskode" and the page its e-mailed link leads to. Public ({@link AccountPublicPaths}).
 * The answer never reveals whether an address has an account: after sending, everyone sees the same
 * page, {@code ?sendt}, which says what to do next.
 */
@Controller
class PasswordResetController {

  private final PasswordManagement passwords;

  PasswordResetController(PasswordManagement passwords) {
    this.passwords = passwords;
  }

  @GetMapping("/glemt-adgangskode")
  String form(@RequestParam(name = "sendt", required = false) String sent, Model model) {
    return forgotPage(model, ForgotPasswordForm.empty(), FormErrors.NONE, sent != null);
  }

  @PostMapping("/glemt-adgangskode")
  String send(
      @Valid @ModelAttribute("form") ForgotPasswordForm form,
      BindingResult result,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    return Forms.submit(
        result,
        response,
        () -> {
          passwords.requestReset(form.email(), locale);
          return "redirect:/glemt-adgangskode?sendt";
        },
        () -> forgotPage(model, form, FormErrors.of(result), false));
  }

  @GetMapping("/nulstil-adgangskode")
  String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
    PasswordManagement.Link link = passwords.check(token, TokenPurpose.PASSWORD_RESET);
    return resetPage(model, link, NewPasswordForm.of(token), FormErrors.NONE);
  }

  @PostMapping("/nulstil-adgangskode")
  String reset(
      @Valid @ModelAttribute("form") NewPasswordForm form,
      BindingResult result,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          PasswordManagement.Link link =
              passwords.resetPassword(form.token(), form.password(), locale);
          if (!link.isValid()) {
            return resetPage(model, link, form, FormErrors.NONE);
          }
          Forms.confirm(redirect, "login.notice.nulstillet");
          return "redirect:/login";
        },
        () ->
            resetPage(
                model,
                passwords.check(form.token(), TokenPurpose.PASSWORD_RESET),
                form,
                FormErrors.of(result)));
  }

  private static String forgotPage(
      Model model, ForgotPasswordForm form, FormErrors errors, boolean sent) {
    model.addAttribute("page", new ForgotPasswordPage(form, errors, sent));
    return "account/forgot";
  }

  private static String resetPage(
      Model model, PasswordManagement.Link link, NewPasswordForm form, FormErrors errors) {
    model.addAttribute("page", new ResetPasswordPage(link.state(), link.email(), form, errors));
    return "account/reset";
  }
}
