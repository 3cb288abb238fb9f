package dk.samspil.area.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an over-large boundary file into the upload form with a message. The servlet container
 * refuses the file while the first filter reads a parameter (the CSRF check), before any
 * controller, so the refusal is caught here, in front of the security filters.
 */
class UploadLimitFilter extends OncePerRequestFilter {

  static final String FORM = "/admin/omraader/import";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !FORM.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!tooLarge(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      response.sendRedirect(request.getContextPath() + FORM + "?for-stor");
    }
  }

  /** Whether the failure is an upload over the size limit, whoever reported it. */
  static boolean tooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.contains("SizeLimitExceeded") || name.contains("MaxUploadSizeExceeded")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
      var registration = new FilterRegistrationBean<>(new UploadLimitFilter());
      registration.addUrlPatterns(FORM);
      // in front of Spring Security, whose CSRF check is what reads the request body first
      registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
      return registration;
    }
  }
}
