package dk.samspil.notice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An orientering: information about a decision or initiative, sent to chosen areas and councils,
 * with no input requested, and tagged with themes.
 */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;
  private String body;
  private Long departmentId;
  private Long createdBy;
  private Instant publishedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "notice_area", joinColumns = @JoinColumn(name = "notice_id"))
  @Column(name = "area_id")
  private Set<Long> areaIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "notice_council", joinColumns = @JoinColumn(name = "notice_id"))
  @Column(name = "council_id")
  private Set<Long> councilIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "notice_theme", joinColumns = @JoinColumn(name = "notice_id"))
  @Column(name = "theme_id")
  private Set<Long> themeIds = new HashSet<>();

  protected Notice() {}

  /** A notice published {@code now}. */
  Notice(
      String title,
      String body,
      Long departmentId,
      Long createdBy,
      Set<Long> areaIds,
      Set<Long> councilIds,
      Set<Long> themeIds,
      Instant now) {
    this.title = title;
    this.body = body;
    this.departmentId = departmentId;
    this.createdBy = createdBy;
    this.areaIds = new HashSet<>(areaIds);
    this.councilIds = new HashSet<>(councilIds);
    this.themeIds = new HashSet<>(themeIds);
    this.publishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Set<Long> getAreaIds() {
    return Set.copyOf(areaIds);
  }

  public Set<Long> getCouncilIds() {
    return Set.copyOf(councilIds);
  }

  /** The organisation module's themes the notice is about. */
  public Set<Long> getThemeIds() {
    return Set.copyOf(themeIds);
  }
}
