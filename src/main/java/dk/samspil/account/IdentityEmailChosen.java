package dk.samspil.account;

import java.time.Instant;

/**
 * A person signed in without an e-mail address has chosen one; {@link IdentityVerificationMail}
 * sends it the link that proves it. Carries no token: the listener issues it, so the secret is
 * never in the event publication log.
 */
public record IdentityEmailChosen(long pendingId, String email, Instant at) {}
