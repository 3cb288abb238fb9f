package dk.samspil.notification;

import java.time.Instant;

/**
 * The outbox has given up a mail: it could not be sent for {@code samspil.mail.give-up-after}. It
 * stays on "Sendt post" as failed, and the administrators are told.
 *
 * @param mailId the mail in the outbox
 * @param subject its subject
 * @param failedAt when the last attempt failed
 */
public record MailFailed(long mailId, String subject, Instant failedAt) {}
