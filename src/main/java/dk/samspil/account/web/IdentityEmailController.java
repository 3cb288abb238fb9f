package dk.samspil.account.web;

import dk.samspil.account.IdentityVerification;
import dk.samspil.account.TokenState;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first sign-in without an e-mail address (MitID through a broker): asks for an address, sends
 * a single-use link to it, and the link's page. Public ({@link AccountPublicPaths}); the identity
 * waiting for an address is the one in the session, put there by the sign-in.
 */
@Controller
class IdentityEmailController {

  private final IdentityVerification verification;

  IdentityEmailController(IdentityVerification verification) {
    this.verification = verification;
  }

  @GetMapping("/login/e-mail")
  String form(
      @RequestParam(name = "sendt", required = false) String sent,
      HttpSession session,
      Model model) {
    Long pendingId = pendingId(session);
    if (sent != null) {
      return verification
          .chosenEmail(pendingId)
          .map(email -> page(model, IdentityEmailForm.empty(), FormErrors.NONE, email))
          .orElseGet(() -> nothingPending(model));
    }
    if (!verification.isWaiting(pendingId)) {
      return nothingPending(model);
    }
    return page(model, IdentityEmailForm.empty(), FormErrors.NONE, null);
  }

  @PostMapping("/login/e-mail")
  String choose(
      @Valid @ModelAttribute("form") IdentityEmailForm form,
      BindingResult result,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    Long pendingId = pendingId(session);
    if (!verification.isWaiting(pendingId)) {
      return nothingPending(model);
    }
    return Forms.submit(
        result,
        response,
        () -> {
          verification.chooseEmail(pendingId, form.email());
          return "redirect:/login/e-mail?sendt";
        },
        () -> page(model, form, FormErrors.of(result), null));
  }

  @GetMapping("/login/e-mail/bekraeft")
  String confirm(
      @RequestParam(name = "token", required = false) String token,
      HttpSession session,
      Model model) {
    IdentityVerification.Confirmation confirmation = verification.confirm(token);
    if (confirmation.state() == TokenState.VALID) {
      session.removeAttribute(IdentityVerification.SESSION_ATTRIBUTE);
    }
    model.addAttribute(
        "page", new IdentityConfirmedPage(confirmation.state(), confirmation.registrationId()));
    return "account/identityConfirmed";
  }

  private static Long pendingId(HttpSession session) {
    return session.getAttribute(IdentityVerification.SESSION_ATTRIBUTE) instanceof Long id
        ? id
        : null;
  }

  /** No sign-in waiting for an address in this session (never signed in, or the session ended). */
  private static String nothingPending(Model model) {
    model.addAttribute(
        "page", new IdentityEmailPage(IdentityEmailForm.empty(), FormErrors.NONE, null, false));
    return "account/identityEmail";
  }

  private static String page(
      Model model, IdentityEmailForm form, FormErrors errors, String sentTo) {
    model.addAttribute("page", new IdentityEmailPage(form, errors, sentTo, true));
    return "account/identityEmail";
  }
}
