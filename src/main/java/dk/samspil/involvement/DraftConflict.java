package dk.samspil.involvement;

import java.time.Instant;

/**
 * Two members edited the same draft: the later save is refused and shown what the other member
 * saved, so that nobody's text is overwritten silently.
 */
public class DraftConflict extends RuntimeException {

  private final String currentText;
  private final int currentVersion;
  private final Long updatedBy;
  private final Instant updatedAt;

  DraftConflict(String currentText, int currentVersion, Long updatedBy, Instant updatedAt) {
    super("The draft was changed by someone else");
    this.currentText = currentText;
    this.currentVersion = currentVersion;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public String currentText() {
    return currentText;
  }

  public int currentVersion() {
    return currentVersion;
  }

  public Long updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
