package dk.samspil.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes NUL and the other control characters (all but line breaks and tabs) from every request
 * parameter, so that any form keeps the text typed and PostgreSQL, which refuses NUL in text, never
 * sees one: bad input gives no 500. What it removed is noted on the request, so the page that
 * answers (or the one after the redirect, see {@link WebConfiguration}) tells the person so.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ControlCharacterFilter extends OncePerRequestFilter {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

  /**
   * The request attribute, and flash attribute after a redirect, set when something was removed.
   */
  static final String REMOVED = ControlCharacterFilter.class.getName() + ".removed";

  static String clean(String value) {
    return value == null ? null : CONTROL.matcher(value).replaceAll("");
  }

  /** Whether control characters were removed from what this request sent. */
  static boolean removedFrom(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(REMOVED));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(
        new HttpServletRequestWrapper(request) {

          private String clean(String value) {
            String cleaned = ControlCharacterFilter.clean(value);
            if (cleaned != null && cleaned.length() != value.length()) {
              setAttribute(REMOVED, Boolean.TRUE);
            }
            return cleaned;
          }

          @Override
          public String getParameter(String name) {
            return clean(super.getParameter(name));
          }

          @Override
          public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null
                ? null
                : Arrays.stream(values).map(this::clean).toArray(String[]::new);
          }

          @Override
          public Map<String, String[]> getParameterMap() {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            super.getParameterMap()
                .forEach(
                    (name, values) ->
                        cleaned.put(
                            clean(name),
                            Arrays.stream(values).map(this::clean).toArray(String[]::new)));
            return cleaned;
          }
        },
        response);
  }
}
