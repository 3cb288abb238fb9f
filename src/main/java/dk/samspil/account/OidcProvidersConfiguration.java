package dk.samspil.account;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces Spring Boot's eager provider repository by {@link OidcProviders} when providers are
 * configured ({@code spring.security.oauth2.client.registration.*}); Boot's backs off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnOAuth2ClientRegistrationProperties
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class OidcProvidersConfiguration {

  @Bean
  OidcProviders clientRegistrationRepository(OAuth2ClientProperties properties, Clock clock) {
    return new OidcProviders(properties, clock);
  }
}
