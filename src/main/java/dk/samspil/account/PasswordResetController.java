package dk.samspil.account;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Glemt adgangskode" and the page its e-mailed link leads to. Public (listed in {@link
 * SecurityConfiguration}). The answer never reveals whether an address has an account.
 */
@Controller
class PasswordResetController {

  private final PasswordManagement passwords;
  private final SignedInSessions sessions;

  PasswordResetController(PasswordManagement passwords, SignedInSessions sessions) {
    this.passwords = passwords;
    this.sessions = sessions;
  }

  @GetMapping("/glemt-adgangskode")
  String form(@RequestParam(name = "sendt", required = false) String sent, Model model) {
    model.addAttribute("page", new ForgotPasswordPage("", List.of(), sent != null));
    return "account/forgot";
  }

  @PostMapping("/glemt-adgangskode")
  String send(@ModelAttribute AccountForms.ForgotPassword form, Locale locale, Model model) {
    var errors = form.errors();
    if (!errors.isEmpty()) {
      model.addAttribute("page", new ForgotPasswordPage(form.email(), errors, false));
      return "account/forgot";
    }
    passwords.requestReset(form.email(), locale);
    return "redirect:/glemt-adgangskode?sendt";
  }

  @GetMapping("/nulstil-adgangskode")
  String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
    PasswordManagement.Link link = passwords.check(token, TokenPurpose.PASSWORD_RESET);
    model.addAttribute("page", page(link, token, List.of()));
    return "account/reset";
  }

  @PostMapping("/nulstil-adgangskode")
  String reset(@ModelAttribute AccountForms.NewPassword form, Locale locale, Model model) {
    PasswordManagement.Link link = passwords.check(form.token(), TokenPurpose.PASSWORD_RESET);
    var errors = form.errors();
    if (link.state() != TokenState.VALID || !errors.isEmpty()) {
      model.addAttribute("page", page(link, form.token(), errors));
      return "account/reset";
    }
    link = passwords.resetPassword(form.token(), form.password(), locale);
    if (link.state() != TokenState.VALID) {
      model.addAttribute("page", page(link, form.token(), List.of()));
      return "account/reset";
    }
    // whoever may have been signed in with the old password is signed out everywhere
    sessions.endAll(link.account().getEmail(), null);
    return "redirect:/login?besked=nulstillet";
  }

  private static ResetPasswordPage page(
      PasswordManagement.Link link, String token, List<dk.samspil.shared.FieldError> errors) {
    boolean valid = link.state() == TokenState.VALID;
    return new ResetPasswordPage(
        link.state(), valid ? token : null, valid ? link.account().getEmail() : null, errors);
  }
}
