package dk.samspil.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many failures; says for how long. */
class TooManyLoginAttempts extends AuthenticationException {

  private final Duration remaining;

  TooManyLoginAttempts(Duration remaining) {
    super("Too many failed sign-ins");
    this.remaining = remaining;
  }

  long minutes() {
    return Math.max(1, (remaining.toSeconds() + 59) / 60);
  }
}
