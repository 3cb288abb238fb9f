/**
 * Accounts and signing in: local accounts with passwords, OpenID Connect, invitations, password
 * reset, municipal roles, login throttling and the security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Konti")
package dk.samspil.account;
