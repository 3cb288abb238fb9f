/**
 * Notifications: every e-mail goes through the outbox and is sent by a background job with retry
 * and back-off; without an SMTP server, mail is kept for administrators to read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifikationer")
package dk.samspil.notification;
