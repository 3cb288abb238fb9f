package dk.samspil.account;

import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Where a person goes after signing in, with a password or OpenID Connect: back to the page that
 * asked them to sign in (Spring Security's saved request, e.g. from a mail's link), else to the
 * page they clicked "Log ind" on ({@link #remember}), else to their module's landing page ({@link
 * SignInLanding}), else the front page.
 */
@Component
public class SignInSuccessHandler implements AuthenticationSuccessHandler {

  private static final String CONTINUE = SignInSuccessHandler.class.getName() + ".continue";

  private final RequestCache requests = new HttpSessionRequestCache();
  private final List<SignInLanding> landings;
  private final KnownDevices devices;

  SignInSuccessHandler(List<SignInLanding> landings, KnownDevices devices) {
    this.landings = landings;
    this.devices = devices;
  }

  /**
   * Remembers the page the person came from to sign in, if it is a page of this site (a path, not
   * an address elsewhere, and not the sign-in page itself).
   */
  public static void remember(HttpServletRequest request, String path) {
    if (isOwnPage(path)) {
      request.getSession().setAttribute(CONTINUE, path);
    }
  }

  static boolean isOwnPage(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && !path.startsWith("/login")
        && !path.startsWith("/logout")
        && path.length() <= 500;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    if (authentication.getPrincipal() instanceof SignedInAccount account) {
      // a password sign-in: this browser is now a known device of the account (LoginThrottle)
      devices.remember(account.accountId(), request, response);
    }
    response.sendRedirect(target(request, response, authentication));
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
  }

  private String target(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    SavedRequest saved = requests.getRequest(request, response);
    if (saved != null) {
      requests.removeRequest(request, response);
      return saved.getRedirectUrl();
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CONTINUE) instanceof String path) {
      session.removeAttribute(CONTINUE);
      return request.getContextPath() + path;
    }
    return request.getContextPath() + landing(authentication).orElse("/");
  }

  private Optional<String> landing(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof SamspilPrincipal principal)) {
      return Optional.empty();
    }
    Set<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .collect(Collectors.toSet());
    return landings.stream()
        .flatMap(landing -> landing.landingFor(principal.accountId(), roles).stream())
        .filter(SignInSuccessHandler::isOwnPage)
        .findFirst();
  }
}
