package dk.samspil.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public port answers only {@code /actuator/health} and {@code /actuator/info}; the Prometheus
 * metrics ({@code /actuator/prometheus}) are served on a second port that listens on loopback only
 * ({@code samspil.metrics.port}, {@code .address}), for a Prometheus on the same machine or a
 * tunnel. That port answers nothing else. Health and info stay where load balancers and the tests
 * look for them, which a separate {@code management.server.port} would move away.
 */
@Configuration(proxyBeanMethods = false)
class MetricsPortConfiguration {

  static final String METRICS_PATH = "/actuator/prometheus";

  @Bean
  MetricsConnector metricsConnector(
      @Value("${samspil.metrics.port:9090}") int port,
      @Value("${samspil.metrics.address:127.0.0.1}") String address) {
    var connector = new Connector();
    connector.setPort(port);
    connector.setProperty("address", address);
    return new MetricsConnector(connector, port >= 0);
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> metricsPort(MetricsConnector metrics) {
    return factory -> {
      if (metrics.enabled()) {
        factory.addAdditionalConnectors(metrics.connector());
      }
    };
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> metricsOnlyOnTheMetricsPort(
      MetricsConnector metrics) {
    var registration =
        new FilterRegistrationBean<OncePerRequestFilter>(new MetricsPortFilter(metrics));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** The loopback connector for the metrics, and whether it is started ({@code port} -1: not). */
  record MetricsConnector(Connector connector, boolean enabled) {

    /** The port it listens on, once started (its configured one may be 0: a free port). */
    int localPort() {
      return enabled ? connector.getLocalPort() : -1;
    }
  }

  private static final class MetricsPortFilter extends OncePerRequestFilter {

    private final MetricsConnector metrics;

    MetricsPortFilter(MetricsConnector metrics) {
      this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      boolean onMetricsPort = metrics.enabled() && request.getLocalPort() == metrics.localPort();
      boolean metricsPath = request.getRequestURI().startsWith(METRICS_PATH);
      if (onMetricsPort != metricsPath) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
