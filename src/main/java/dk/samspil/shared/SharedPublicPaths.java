package dk.samspil.shared;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The design system, scripts, styles, the favicon and the health check, the API's description; the
 * error pages.
 */
@Component
class SharedPublicPaths implements PublicPaths {

  @Override
  public List<String> pages() {
    return List.of(
        "/css/**",
        "/js/**",
        "/dkfds/**",
        "/webjars/**",
        "/favicon.ico",
        "/favicon.svg",
        "/actuator/health",
        "/actuator/health/**",
        "/api/v1/openapi.json",
        "/fejl/for-stor-fil");
  }

  @Override
  public List<String> forms() {
    return List.of("/error", "/error/**");
  }
}
