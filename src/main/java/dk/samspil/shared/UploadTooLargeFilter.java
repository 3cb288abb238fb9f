package dk.samspil.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form beyond the server's limits is never a 500, an empty answer or Tomcat's English page. A
 * plain form over {@code server.tomcat.max-http-form-post-size} (far beyond any text field's own
 * limit, which the form answers with the text kept) is sent to the Danish 413 page. For uploads
 * beyond {@code spring.servlet.multipart.*}: the form is read here, in front of every other filter
 * (the CSRF check would be the first to read it), and a request too large is sent on to the
 * module's own form (see {@link UploadLimitAnswer}) or to the Danish 413 page, which says how large
 * a file may be and links back to the form. Files between a form's own limit (10 MB) and the
 * server's are refused by the form itself with the typed text kept, and the pages check a chosen
 * file's size in the browser first.
 */
class UploadTooLargeFilter extends OncePerRequestFilter {

  static final String PAGE = "/fejl/for-stor-fil";

  private final List<UploadLimitAnswer> answers;
  private final long maxFormBytes;

  UploadTooLargeFilter(List<UploadLimitAnswer> answers, long maxFormBytes) {
    this.answers = answers;
    this.maxFormBytes = maxFormBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getContentType() == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      // over server.tomcat.max-http-form-post-size Tomcat would answer with its own English page
      if (maxFormBytes >= 0 && request.getContentLengthLong() > maxFormBytes) {
        response.sendRedirect(
            request.getContextPath()
                + PAGE
                + "?tekst&tilbage="
                + URLEncoder.encode(refererPath(request), StandardCharsets.UTF_8));
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (!type.startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    try {
      request.getParts();
    } catch (IllegalStateException | ServletException | IOException e) {
      if (tooLarge(e)) {
        response.sendRedirect(request.getContextPath() + answerFor(request));
        return;
      }
      // any other broken form is the controller's to refuse
    }
    chain.doFilter(request, response);
  }

  private String answerFor(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return answers.stream()
        .flatMap(answer -> answer.formFor(path).stream())
        .findFirst()
        .orElseGet(
            () ->
                PAGE
                    + "?tilbage="
                    + URLEncoder.encode(refererPath(request), StandardCharsets.UTF_8));
  }

  /** The page the form was on (its Referer, when that is a page of this site), or "/". */
  static String refererPath(HttpServletRequest request) {
    return RefererPage.of(request).orElse("/");
  }

  /** Whether the failure is an upload over a size limit, whoever reported it. */
  static boolean tooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.contains("SizeLimitExceeded")
          || name.contains("SizeException")
          || name.contains("MaxUploadSizeExceeded")) {
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
    FilterRegistrationBean<UploadTooLargeFilter> uploadTooLargeFilter(
        List<UploadLimitAnswer> answers,
        @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
      var registration =
          new FilterRegistrationBean<>(new UploadTooLargeFilter(answers, maxFormSize.toBytes()));
      // in front of Spring Security, whose CSRF check is what reads the request body first
      registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
      return registration;
    }
  }
}
