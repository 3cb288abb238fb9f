package dk.samspil.account;

import dk.samspil.shared.FieldError;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Accepting an invitation: the e-mailed link leads here to choose a name and a password. Public.
 */
@Controller
class InvitationController {

  private final PasswordManagement passwords;

  InvitationController(PasswordManagement passwords) {
    this.passwords = passwords;
  }

  @GetMapping("/invitation")
  String form(@RequestParam(name = "token", required = false) String token, Model model) {
    PasswordManagement.Link link = passwords.check(token, TokenPurpose.INVITATION);
    String name = link.account() == null ? null : link.account().getName();
    model.addAttribute("page", page(link, token, name, List.of()));
    return "account/invitation";
  }

  @PostMapping("/invitation")
  String accept(@ModelAttribute AccountForms.Invitation form, Model model) {
    PasswordManagement.Link link = passwords.check(form.token(), TokenPurpose.INVITATION);
    var errors = form.errors();
    if (link.state() != TokenState.VALID || !errors.isEmpty()) {
      model.addAttribute("page", page(link, form.token(), form.name(), errors));
      return "account/invitation";
    }
    link = passwords.acceptInvitation(form.token(), form.name(), form.password());
    if (link.state() != TokenState.VALID) {
      model.addAttribute("page", page(link, form.token(), form.name(), List.of()));
      return "account/invitation";
    }
    return "redirect:/login?besked=aktiveret";
  }

  private static InvitationPage page(
      PasswordManagement.Link link, String token, String name, List<FieldError> errors) {
    boolean valid = link.state() == TokenState.VALID;
    return new InvitationPage(
        link.state(), valid ? token : null, valid ? link.account().getEmail() : null, name, errors);
  }
}
