/**
 * The account's pages: signing in, the ways into an account (an account invitation, a forgotten
 * password) and the signed-in person's own profile under {@code /profil}.
 */
package dk.samspil.account.web;
