package dk.samspil.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in with OpenID Connect, switched on by {@link SecurityConfiguration} when at least one
 * provider is configured (Spring Boot's {@code spring.security.oauth2.client.*} properties; the
 * registrations {@code medarbejder} and {@code borger}). A refused sign-in returns to the login
 * page with the reason.
 */
@Component
class OidcLogin implements SecurityConfiguration.OidcLoginConfigurer {

  private final OidcUsers users;
  private final SignInSuccessHandler signedIn;

  OidcLogin(OidcUsers users, SignInSuccessHandler signedIn) {
    this.users = users;
    this.signedIn = signedIn;
  }

  @Override
  public void configure(HttpSecurity http) throws Exception {
    http.oauth2Login(
        login ->
            login
                .loginPage("/login")
                .userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
                // the provider's tokens live in the (database) session, not in one node's memory
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler(signedIn)
                .failureHandler(failureHandler()));
  }

  static AuthenticationFailureHandler failureHandler() {
    return (request, response, exception) ->
        response.sendRedirect(
            request.getContextPath() + "/login?besked=" + refusalOf(exception).notice());
  }

  static OidcRefusal refusalOf(AuthenticationException exception) {
    return exception instanceof OAuth2AuthenticationException oauth
        ? OidcRefusal.fromErrorCode(oauth.getError().getErrorCode())
        : OidcRefusal.FAILED;
  }
}
