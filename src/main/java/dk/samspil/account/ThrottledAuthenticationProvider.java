package dk.samspil.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Password sign-in behind the {@link LoginThrottle}, which treats known devices apart. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final KnownDevices devices;

  ThrottledAuthenticationProvider(
      AuthenticationProvider passwords, LoginThrottle throttle, KnownDevices devices) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.devices = devices;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String email = authentication.getName();
    String address =
        authentication.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    String device =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
            ? devices.recognise(request.getRequest(), email).orElse(null)
            : null;
    var locked = throttle.lockedFor(email, address, device);
    if (locked.isPresent()) {
      throw new TooManyLoginAttempts(locked.get());
    }
    try {
      Authentication result = passwords.authenticate(authentication);
      throttle.succeeded(email, address, device);
      return result;
    } catch (AuthenticationException e) {
      throttle.failed(email, address, device);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
