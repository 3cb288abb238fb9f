package dk.samspil.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in with OpenID Connect, switched on by {@link SecurityConfiguration} when at least one
 * provider is configured (Spring Boot's {@code spring.security.oauth2.client.*} properties; the
 * registrations {@code medarbejder} and {@code borger}). A refused sign-in returns to the login
 * page with the reason.
 */
@Component
class OidcLogin implements SecurityConfiguration.OidcLoginConfigurer {

  /** Where the provider sends the browser back after it has ended its own session. */
  static final String POST_LOGOUT_REDIRECT = "{baseUrl}/";

  private final OidcUsers users;
  private final SignInSuccessHandler signedIn;
  private final ObjectProvider<ClientRegistrationRepository> registrations;

  OidcLogin(
      OidcUsers users,
      SignInSuccessHandler signedIn,
      ObjectProvider<ClientRegistrationRepository> registrations) {
    this.users = users;
    this.signedIn = signedIn;
    this.registrations = registrations;
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
    // Signing out of Samspil also ends the provider's session (RP-initiated logout), or the next
    // "Log ind" would silently sign the person back in. Password sign-outs have no provider and
    // keep going to the front page.
    http.logout(logout -> logout.logoutSuccessHandler(logoutSuccessHandler()));
  }

  LogoutSuccessHandler logoutSuccessHandler() {
    var provider = new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
    provider.setPostLogoutRedirectUri(POST_LOGOUT_REDIRECT);
    provider.setDefaultTargetUrl(SecurityConfiguration.SIGNED_OUT);
    var local = new SimpleUrlLogoutSuccessHandler();
    local.setDefaultTargetUrl(SecurityConfiguration.SIGNED_OUT);
    return (request, response, authentication) -> {
      if (authentication instanceof OAuth2AuthenticationToken) {
        provider.onLogoutSuccess(request, response, authentication);
      } else {
        local.onLogoutSuccess(request, response, authentication);
      }
    };
  }

  static AuthenticationFailureHandler failureHandler() {
    return (request, response, exception) -> {
      if (exception instanceof PendingIdentityException pending) {
        request
            .getSession()
            .setAttribute(IdentityVerification.SESSION_ATTRIBUTE, pending.pendingId());
        response.sendRedirect(request.getContextPath() + "/login/e-mail");
        return;
      }
      response.sendRedirect(
          request.getContextPath() + "/login?besked=" + refusalOf(exception).notice());
    };
  }

  static OidcRefusal refusalOf(AuthenticationException exception) {
    return exception instanceof OAuth2AuthenticationException oauth
        ? OidcRefusal.fromErrorCode(oauth.getError().getErrorCode())
        : OidcRefusal.FAILED;
  }
}
