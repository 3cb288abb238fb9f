package dk.samspil.account;

import java.time.Duration;

/** What a single-use e-mailed link is for, how long it lives, and whose account may use it. */
public enum TokenPurpose {
  /** The account invitation: the link to choose a password for an invited account. */
  INVITATION(Duration.ofDays(14)),
  PASSWORD_RESET(Duration.ofHours(1));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }

  /** An invitation is for an invited account, a password reset for an active one. */
  boolean isUsableBy(Account account) {
    return this == INVITATION ? account.awaitsInvitation() : account.canSignIn();
  }
}
