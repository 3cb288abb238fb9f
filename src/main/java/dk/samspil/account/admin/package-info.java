/** The administration of accounts: search, invitations, municipal roles, deactivation. */
package dk.samspil.account.admin;
