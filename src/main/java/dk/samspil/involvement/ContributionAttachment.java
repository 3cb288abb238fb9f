package dk.samspil.involvement;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file a council attached to its contribution. */
@Entity
@Table(name = "contribution_attachment")
public class ContributionAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long invitationId;
  private String filename;
  private String contentType;
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content")
  private byte[] content;

  private Long uploadedBy;
  private Instant uploadedAt;

  protected ContributionAttachment() {}

  ContributionAttachment(
      Long invitationId, String filename, String contentType, byte[] content, Long uploadedBy) {
    this.invitationId = invitationId;
    this.filename = filename;
    this.contentType = contentType;
    this.sizeBytes = content.length;
    this.content = content;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getInvitationId() {
    return invitationId;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
