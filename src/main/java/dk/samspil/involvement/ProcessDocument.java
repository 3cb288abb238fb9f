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

/** A document of a process: an uploaded file (PDF or image) or a link. */
@Entity
@Table(name = "process_document")
public class ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long processId;
  private String title;
  private String url;
  private String filename;
  private String contentType;
  private Long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content")
  private byte[] content;

  private Instant uploadedAt;

  protected ProcessDocument() {}

  static ProcessDocument link(Long processId, String title, String url) {
    ProcessDocument document = new ProcessDocument();
    document.processId = processId;
    document.title = title;
    document.url = url;
    document.uploadedAt = Instant.now();
    return document;
  }

  static ProcessDocument file(
      Long processId, String title, String filename, String contentType, byte[] content) {
    ProcessDocument document = new ProcessDocument();
    document.processId = processId;
    document.title = title;
    document.filename = filename;
    document.contentType = contentType;
    document.sizeBytes = (long) content.length;
    document.content = content;
    document.uploadedAt = Instant.now();
    return document;
  }

  public boolean isLink() {
    return url != null;
  }

  public Long getId() {
    return id;
  }

  public Long getProcessId() {
    return processId;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
