package dk.samspil.account;

import java.time.Instant;

/**
 * The assurance level an identity provider (a MitID broker) reported at an identity's latest
 * sign-in: the {@code loa} claim, else {@code acr}, as the provider sent it.
 */
public record AssuranceLevel(String registrationId, String level, Instant signedInAt) {}
