package dk.samspil.account;

import dk.samspil.shared.MapProperties;
import dk.samspil.shared.PublicPaths;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may see what. Each module declares its public pages ({@link PublicPaths}); everything else
 * needs a signed-in person, {@code /admin/**} an administrator, and finer rules (council member,
 * chair) are checked on the controllers with {@code @PreAuthorize}. CSRF protects every form; the
 * Content-Security-Policy allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /** Where a sign-out lands. */
  static final String SIGNED_OUT = "/?logget-ud";

  @Bean
  PasswordEncoder passwordEncoder() {
    // Argon2id for new hashes; bcrypt still readable should hashes ever be imported.
    return new DelegatingPasswordEncoder(
        "argon2",
        Map.of(
            "argon2",
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }

  /**
   * Password sign-in behind the throttle. As the only AuthenticationProvider bean it becomes the
   * global authentication manager's one provider, so no unthrottled password check exists beside
   * it; OpenID Connect adds its own providers to the filter chain.
   */
  @Bean
  AuthenticationProvider passwordSignIn(
      AccountUserDetailsService users,
      PasswordEncoder passwords,
      LoginThrottle throttle,
      KnownDevices devices) {
    var provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwords);
    return new ThrottledAuthenticationProvider(provider, throttle, devices);
  }

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      MapProperties map,
      List<PublicPaths> publicPaths,
      ObjectProvider<ClientRegistrationRepository> oidcProviders,
      ObjectProvider<OidcLoginConfigurer> oidcLogin,
      SignInSuccessHandler signedIn,
      @Qualifier("requestMappingHandlerMapping")
          ObjectProvider<RequestMappingHandlerMapping> controllers)
      throws Exception {
    String[] pages = patterns(publicPaths, PublicPaths::pages);
    String[] forms = patterns(publicPaths, PublicPaths::forms);
    http.cors(Customizer.withDefaults());
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(HttpMethod.GET, pages)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, pages)
                .permitAll()
                .requestMatchers(forms)
                .permitAll()
                .requestMatchers("/admin/**")
                .hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers(new UnknownPath(controllers))
                .permitAll()
                .anyRequest()
                .authenticated());
    http.formLogin(
        form ->
            form.loginPage("/login")
                .usernameParameter("username")
                .passwordParameter("password")
                .successHandler(signedIn)
                .failureHandler(new SignInFailureHandler())
                .permitAll());
    http.exceptionHandling(denied -> denied.accessDeniedHandler(new AccessDeniedPage()));
    http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(SIGNED_OUT));
    http.sessionManagement(
        session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(map)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(
                    referrer ->
                        referrer.policy(
                            ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    if (oidcProviders.getIfAvailable() != null) {
      OidcLoginConfigurer configurer = oidcLogin.getIfAvailable();
      if (configurer != null) {
        configurer.configure(http);
      }
    }
    return http.build();
  }

  private static String[] patterns(
      List<PublicPaths> modules, Function<PublicPaths, List<String>> kind) {
    return modules.stream().flatMap(module -> kind.apply(module).stream()).toArray(String[]::new);
  }

  /** The Content-Security-Policy: our own origin, plus the map tile server's images. */
  static String contentSecurityPolicy(MapProperties map) {
    String tiles = "";
    if (map.tiles().enabled()
        && map.tiles().url() != null
        && map.tiles().url().startsWith("http")) {
      URI uri = URI.create(map.tiles().url().replaceAll("\\{[a-z]}", "a"));
      String host = uri.getHost().replaceFirst("^a\\.", "*.");
      tiles = " " + uri.getScheme() + "://" + host;
    }
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
        + tiles
        + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'";
  }

  /** Implemented by the OpenID Connect set-up, when providers are configured. */
  interface OidcLoginConfigurer {
    void configure(HttpSecurity http) throws Exception;
  }
}
