package dk.samspil.account;

/**
 * Where an account is in its life: invited → active (by accepting the invitation, or by a verified
 * OpenID Connect sign-in); active or invited ↔ deactivated; any → deleted, which is final. Only
 * ACTIVE accounts can sign in. {@link Account} guards the transitions.
 */
public enum AccountStatus {
  /** Invited by e-mail; becomes active when the person sets a password. */
  INVITED,
  ACTIVE,
  /** Switched off by an administrator; can be switched on again. */
  DEACTIVATED,
  /** Deleted at the person's request: anonymised, kept only as a reference. */
  DELETED
}
