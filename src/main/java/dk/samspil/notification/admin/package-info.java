/** „Sendt post“: the outbox as administrators read it, and the retry of a failed mail. */
package dk.samspil.notification.admin;
