package dk.samspil.involvement;

import java.time.Instant;

/** What a list shows of an attachment, without its content. */
public record AttachmentInfo(
    Long id,
    Long invitationId,
    String filename,
    String contentType,
    long sizeBytes,
    Instant uploadedAt) {}
