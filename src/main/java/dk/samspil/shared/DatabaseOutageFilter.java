package dk.samspil.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a request that fails because the database is unreachable, wherever it fails
 * (a controller, or a filter such as the session store or the sign-in), becomes a 503 with the
 * Danish error page. Tomcat would otherwise see only the root cause, a driver exception, and answer
 * 500, or its own English page if rendering the error needed the database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  private static HttpServletRequest withoutCookies(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public Cookie[] getCookies() {
        return null;
      }

      @Override
      public String getHeader(String name) {
        return "cookie".equalsIgnoreCase(name) ? null : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return "cookie".equalsIgnoreCase(name)
            ? Collections.emptyEnumeration()
            : super.getHeaders(name);
      }

      @Override
      public String getRequestedSessionId() {
        return null;
      }
    };
  }

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ERROR
        && request.getAttribute(DatabaseOutage.ATTRIBUTE) != null) {
      // the error page of an outage: without the session cookie, so that neither the session
      // store nor the sign-in reach for the database again (and fail the error page too)
      chain.doFilter(withoutCookies(request), response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("The database is unreachable ({}): answered 503", e.toString());
      request.setAttribute(DatabaseOutage.ATTRIBUTE, Boolean.TRUE);
      response.resetBuffer();
      response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
  }
}
