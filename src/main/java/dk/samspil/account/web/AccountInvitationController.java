package dk.samspil.account.web;

import dk.samspil.account.PasswordManagement;
import dk.samspil.account.TokenPurpose;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accepting an account invitation: the e-mailed link leads here to choose a name and a password.
 * Public. (Not to be confused with a council's invitation to take part in an involvement process.)
 */
@Controller
class AccountInvitationController {

  private final PasswordManagement passwords;

  AccountInvitationController(PasswordManagement passwords) {
    this.passwords = passwords;
  }

  @GetMapping("/invitation")
  String form(@RequestParam(name = "token", required = false) String token, Model model) {
    PasswordManagement.Link link = passwords.check(token, TokenPurpose.INVITATION);
    String name = link.isValid() ? link.account().getName() : null;
    return page(model, link, AccountInvitationForm.of(token, name), FormErrors.NONE);
  }

  @PostMapping("/invitation")
  String accept(
      @Valid @ModelAttribute("form") AccountInvitationForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          PasswordManagement.Link link =
              passwords.acceptInvitation(form.token(), form.name(), form.password());
          if (!link.isValid()) {
            return page(model, link, form, FormErrors.NONE);
          }
          Forms.confirm(redirect, "login.notice.aktiveret");
          return "redirect:/login";
        },
        () ->
            page(
                model,
                passwords.check(form.token(), TokenPurpose.INVITATION),
                form,
                FormErrors.of(result)));
  }

  private static String page(
      Model model, PasswordManagement.Link link, AccountInvitationForm form, FormErrors errors) {
    model.addAttribute("page", new AccountInvitationPage(link.state(), link.email(), form, errors));
    return "account/invitation";
  }
}
