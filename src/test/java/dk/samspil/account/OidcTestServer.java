package dk.samspil.account;

import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Exists only in the tests: a real OpenID Connect provider (mock-oauth2-server) on a free port of
 * the loopback interface, started once before the Spring context reads the providers' issuer
 * addresses. Registered in {@code META-INF/spring.factories}, so the shared test context stays one
 * context; {@code application-test.yml} configures the registrations {@code medarbejder} and {@code
 * borger} against it. Its issuer ids are the registration ids.
 */
public class OidcTestServer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static MockOAuth2Server server;

  /** The running provider, started on first use. */
  public static synchronized MockOAuth2Server server() {
    if (server == null) {
      MockOAuth2Server started = new MockOAuth2Server();
      started.start(InetAddress.getLoopbackAddress(), 0);
      Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
      server = started;
    }
    return server;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String baseUrl = server().baseUrl().toString().replaceAll("/+$", "");
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("oidc-test-server", Map.of("oidc-test.base-url", baseUrl)));
  }
}
