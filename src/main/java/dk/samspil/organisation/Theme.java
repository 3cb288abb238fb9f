package dk.samspil.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A topic shared by councils (what they care about) and involvement processes (what they touch).
 */
@Entity
@Table(name = "theme")
public class Theme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private String name;
  private String description;

  protected Theme() {}

  Theme(String slug, String name, String description) {
    this.slug = slug;
    this.name = name;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  void change(String name, String description) {
    this.name = name;
    this.description = description;
  }
}
