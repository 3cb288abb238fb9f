package dk.samspil.involvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Something a council added to its sent contribution before the deadline. */
@Embeddable
public class Addendum {

  @Column(name = "text")
  private String text;

  private Instant sentAt;
  private Long sentBy;

  protected Addendum() {}

  Addendum(String text, Instant sentAt, Long sentBy) {
    this.text = text;
    this.sentAt = sentAt;
    this.sentBy = sentBy;
  }

  public String getText() {
    return text;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Long getSentBy() {
    return sentBy;
  }
}
