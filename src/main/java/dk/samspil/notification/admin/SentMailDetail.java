package dk.samspil.notification.admin;

import dk.samspil.notification.OutboxMail;

/**
 * One mail on "Sendt post", whole.
 *
 * @param retried whether the administrator has just asked to send it again
 */
public record SentMailDetail(OutboxMail mail, boolean retried, boolean sends) {}
