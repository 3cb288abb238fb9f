package dk.samspil.account;

import dk.samspil.shared.ErrorReason;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends a refused request to the Danish error page, telling it why: a form whose security token no
 * longer matches (the session ended, or the page was open too long) is not the same as a page the
 * person may not see, and the person must be told what to do about each.
 */
class AccessDeniedPage implements AccessDeniedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    ErrorReason.set(
        request, denied instanceof CsrfException ? ErrorReason.SESSION_ENDED : ErrorReason.DENIED);
    response.sendError(HttpStatus.FORBIDDEN.value());
  }
}
