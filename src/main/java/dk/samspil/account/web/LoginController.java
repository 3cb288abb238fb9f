package dk.samspil.account.web;

import dk.samspil.account.OidcProviders;
import dk.samspil.account.OidcRefusal;
import dk.samspil.account.SignInFailureHandler;
import dk.samspil.account.SignInSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST (a failure comes back here through
 * {@link SignInFailureHandler}); what was just done elsewhere (an account activated, a password
 * reset, an account deleted) is confirmed at the top of the page by the layout.
 */
@Controller
class LoginController {

  private final ObjectProvider<OidcProviders> registrations;

  LoginController(ObjectProvider<OidcProviders> registrations) {
    this.registrations = registrations;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(name = "fejl", required = false) String failed,
      @RequestParam(name = "spaerret", required = false) Long lockedMinutes,
      @RequestParam(name = "besked", required = false) String refusal,
      @RequestParam(name = "fortsaet", required = false) String from,
      HttpServletRequest request,
      Model model) {
    SignInSuccessHandler.remember(request, from);
    Object typed = model.getAttribute(SignInFailureHandler.TYPED_ADDRESS);
    model.addAttribute(
        "page",
        new LoginPage(
            typed == null ? "" : typed.toString(),
            failed != null,
            lockedMinutes,
            OidcRefusal.fromNotice(refusal).orElse(null),
            providers()));
    return "account/login";
  }

  private List<OidcProviders.Provider> providers() {
    OidcProviders providers = registrations.getIfAvailable();
    return providers == null ? List.of() : providers.providers();
  }
}
