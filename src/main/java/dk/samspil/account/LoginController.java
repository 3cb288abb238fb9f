package dk.samspil.account;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the form's POST. */
@Controller
class LoginController {

  private final ObjectProvider<ClientRegistrationRepository> registrations;

  LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
    this.registrations = registrations;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(name = "fejl", required = false) String failed,
      @RequestParam(name = "spaerret", required = false) Long lockedMinutes,
      @RequestParam(name = "besked", required = false) String notice,
      HttpSession session,
      Model model) {
    Object username = session.getAttribute(SecurityConfiguration.FAILED_USERNAME);
    session.removeAttribute(SecurityConfiguration.FAILED_USERNAME);
    model.addAttribute(
        "page",
        new LoginPage(
            username == null ? "" : username.toString(),
            failed != null,
            lockedMinutes,
            notice == null || !notice.matches("[a-z-]{1,30}") ? null : notice,
            providers()));
    return "account/login";
  }

  private List<String> providers() {
    ClientRegistrationRepository repository = registrations.getIfAvailable();
    if (repository instanceof Iterable<?> iterable) {
      return StreamSupport.stream(iterable.spliterator(), false)
          .map(registration -> ((ClientRegistration) registration).getRegistrationId())
          .sorted()
          .toList();
    }
    return List.of();
  }
}
