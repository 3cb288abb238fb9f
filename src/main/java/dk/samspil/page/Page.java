package dk.samspil.page;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One standing page: its address (fixed), its title and its text in Markdown, and who changed it
 * last. The pages exist from the start (the migration writes a first text); there is no creating or
 * deleting them, only changing their text.
 */
@Entity
@Table(name = "page")
public class Page {

  /** What the cooperation is: the agreement's purpose of the local councils. */
  public static final String ABOUT = "om-samarbejdet";

  /** The accessibility statement (tilgængelighedserklæring). */
  public static final String ACCESSIBILITY = "tilgaengelighed";

  /** The privacy policy (privatlivspolitik), GDPR art. 13. */
  public static final String PRIVACY = "privatliv";

  /** The most a title may hold, also the column's length. */
  public static final int TITLE_MAX_LENGTH = 200;

  /** The most a text may hold: a long privacy policy is some 10,000 characters. */
  public static final int BODY_MAX_LENGTH = 40_000;

  /**
   * Where a text says {@value}, the page shows the municipality's name, so that the same first text
   * serves every municipality.
   */
  public static final String MUNICIPALITY = "{kommune}";

  @Id private String slug;

  private String title;
  private String body;
  private Instant updatedAt;
  private Long updatedBy;
  @Version private int version;

  protected Page() {}

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The account that changed the page last, or null for the first text. */
  public Long getUpdatedBy() {
    return updatedBy;
  }

  /** Counts the changes; a change is based on the version the administrator opened. */
  public int getVersion() {
    return version;
  }

  void change(PageDraft draft, Long by, Instant at) {
    this.title = draft.title();
    this.body = draft.body();
    this.updatedBy = by;
    this.updatedAt = at;
  }
}
