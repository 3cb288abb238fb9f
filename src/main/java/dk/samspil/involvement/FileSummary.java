package dk.samspil.involvement;

import java.time.Instant;

/**
 * A document or attachment without its content, for lists: loading a list must not load every
 * file's bytes. {@code ownerId} is the process (documents) or the invitation (attachments); {@code
 * url} is set for a link and null for a file.
 */
public record FileSummary(
    Long id,
    Long ownerId,
    String title,
    String url,
    String filename,
    String contentType,
    Long sizeBytes,
    Instant uploadedAt) {

  public boolean isLink() {
    return url != null;
  }
}
