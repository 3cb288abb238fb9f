package dk.samspil.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The configured OpenID Connect providers, each resolved on first use instead of at start-up:
 * Spring Boot's own repository fetches every issuer's discovery document while the application
 * starts, so one unreachable identity provider would keep Samspil (and password sign-in) from
 * starting at all. A resolved registration is kept; a failed one is tried again at most every
 * {@link #RETRY}.
 */
public final class OidcProviders implements ClientRegistrationRepository {

  /** How long a provider that could not be reached counts as unavailable before the next try. */
  static final Duration RETRY = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(OidcProviders.class);

  private final OAuth2ClientProperties properties;
  private final Clock clock;
  private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();
  private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();

  OidcProviders(OAuth2ClientProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** One provider as the login page offers it. */
  public record Provider(String registrationId, boolean available) {}

  /** Every configured provider, by registration id, and whether it can be reached now. */
  public List<Provider> providers() {
    return properties.getRegistration().keySet().stream()
        .sorted()
        .map(id -> new Provider(id, findByRegistrationId(id) != null))
        .toList();
  }

  /**
   * The registration, resolving its provider's metadata if needed; null if unknown or unreachable.
   */
  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    ClientRegistration known = resolved.get(registrationId);
    if (known != null || !properties.getRegistration().containsKey(registrationId)) {
      return known;
    }
    Instant failed = failedAt.get(registrationId);
    Instant now = clock.instant();
    if (failed != null && failed.plus(RETRY).isAfter(now)) {
      return null;
    }
    try {
      ClientRegistration registration = resolve(registrationId);
      resolved.put(registrationId, registration);
      failedAt.remove(registrationId);
      return registration;
    } catch (RuntimeException unreachable) {
      failedAt.put(registrationId, now);
      log.warn(
          "OpenID Connect provider of registration '{}' is unavailable: {}",
          registrationId,
          unreachable.getMessage());
      return null;
    }
  }

  private ClientRegistration resolve(String registrationId) {
    OAuth2ClientProperties one = new OAuth2ClientProperties();
    one.getRegistration().put(registrationId, properties.getRegistration().get(registrationId));
    one.getProvider().putAll(properties.getProvider());
    return new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(registrationId);
  }
}
