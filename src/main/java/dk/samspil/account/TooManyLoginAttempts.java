package dk.samspil.account;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because of too many failures; says for how long. A {@link LockedException}, so
 * that no other provider is asked.
 */
class TooManyLoginAttempts extends LockedException {

  private final Duration remaining;

  TooManyLoginAttempts(Duration remaining) {
    super("Too many failed sign-ins");
    this.remaining = remaining;
  }

  /** The wait in whole minutes, rounded up; 0 for less than a minute ("et øjeblik"). */
  long minutes() {
    return remaining.toSeconds() < 60 ? 0 : (remaining.toSeconds() + 59) / 60;
  }
}
