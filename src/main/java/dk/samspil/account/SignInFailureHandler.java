package dk.samspil.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a failed sign-in with e-mail and password: back to the sign-in page with a general message
 * ({@code ?fejl=1}, never whether the address has an account), or the lock message when throttled
 * ({@code ?spaerret=minutes}), and the typed address kept for the form as the flash attribute
 * {@link #TYPED_ADDRESS}.
 */
public final class SignInFailureHandler implements AuthenticationFailureHandler {

  /** The flash attribute with the address the person typed. */
  public static final String TYPED_ADDRESS = "typedAddress";

  private final SessionFlashMapManager flash = new SessionFlashMapManager();

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    FlashMap typed = new FlashMap();
    typed.put(TYPED_ADDRESS, request.getParameter("username"));
    typed.setTargetRequestPath(request.getContextPath() + "/login");
    flash.saveOutputFlashMap(typed, request, response);
    String target =
        e instanceof TooManyLoginAttempts locked
            ? "/login?spaerret=" + locked.minutes()
            : "/login?fejl=1";
    response.sendRedirect(request.getContextPath() + target);
  }
}
