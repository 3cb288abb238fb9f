/**
 * Accounts and signing in: local accounts with passwords, OpenID Connect, account invitations,
 * password reset, municipal roles, login throttling and the security configuration. The pages are
 * in {@code web} (signing in, profile) and {@code admin} (the administration of accounts).
 */
@ApplicationModule(displayName = "Konti")
package dk.samspil.account;

import org.springframework.modulith.ApplicationModule;
