package dk.samspil.account;

import java.time.Duration;

/** What a single-use e-mailed link is for, and how long it lives. */
public enum TokenPurpose {
  INVITATION(Duration.ofDays(14)),
  PASSWORD_RESET(Duration.ofHours(1));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
