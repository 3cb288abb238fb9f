package dk.samspil.shared;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The design system, scripts, styles, the favicon, the health check, info and metrics, the API's
 * description; the error pages.
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
        "/actuator/info",
        // only answered on the loopback metrics port (MetricsPortConfiguration)
        "/actuator/prometheus",
        "/api/v1/openapi.json",
        "/fejl/for-stor-fil");
  }

  @Override
  public List<String> forms() {
    return List.of("/error", "/error/**");
  }
}
