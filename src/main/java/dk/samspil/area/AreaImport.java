package dk.samspil.area;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded boundary file that passed every check, kept until an administrator applies or
 * discards it. Its content is the file's features reduced to slug, name, character and the geometry
 * (six decimals), as a GeoJSON FeatureCollection: what the preview map draws and what applying
 * writes.
 */
@Entity
@Table(name = "area_import")
public class AreaImport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String fileName;
  private String content;
  private int featureCount;

  @Enumerated(EnumType.STRING)
  private ImportStatus status;

  private Long createdBy;
  private Instant createdAt;
  private Long decidedBy;
  private Instant decidedAt;

  protected AreaImport() {}

  AreaImport(String fileName, String content, int featureCount, Long createdBy) {
    this.fileName = fileName;
    this.content = content;
    this.featureCount = featureCount;
    this.status = ImportStatus.PENDING;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  /** The pending boundaries as a GeoJSON FeatureCollection. */
  public String getContent() {
    return content;
  }

  public int getFeatureCount() {
    return featureCount;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public boolean isPending() {
    return status == ImportStatus.PENDING;
  }

  /** The account that uploaded the file. */
  public Long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
