package dk.samspil.account;

/** Where an account is in its life. Only ACTIVE accounts can sign in. */
public enum AccountStatus {
  /** Invited by e-mail; becomes active when the person sets a password. */
  INVITED,
  ACTIVE,
  /** Switched off by an administrator; can be switched on again. */
  DEACTIVATED,
  /** Deleted at the person's request: anonymised, kept only as a reference. */
  DELETED
}
