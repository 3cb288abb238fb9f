package dk.samspil.area;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A local area (lokalområde): a named piece of the municipality, usually a set of whole parishes.
 * Its boundary is kept twice: as built (for lookups) and simplified (for maps).
 */
@Entity
@Table(name = "area")
public class Area {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "character")
  private AreaCharacter character;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "area_parish", joinColumns = @JoinColumn(name = "area_id"))
  @Column(name = "parish_code")
  private Set<String> parishCodes = new TreeSet<>();

  private String boundary;
  private String displayBoundary;
  private Long contactPersonId;

  protected Area() {}

  Area(
      String slug,
      String name,
      AreaCharacter character,
      Set<String> parishCodes,
      String boundary,
      String displayBoundary,
      Long contactPersonId) {
    this.slug = slug;
    this.name = name;
    this.character = character;
    this.parishCodes = new TreeSet<>(parishCodes);
    this.boundary = boundary;
    this.displayBoundary = displayBoundary;
    this.contactPersonId = contactPersonId;
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

  public AreaCharacter getCharacter() {
    return character;
  }

  /** The parishes the area is made of, by DAGI parish code; empty for an imported polygon. */
  public Set<String> getParishCodes() {
    return Set.copyOf(parishCodes);
  }

  /** The boundary as GeoJSON geometry (WGS84), as built from its parishes or imported. */
  public String getBoundary() {
    return boundary;
  }

  /** The boundary simplified for drawing on a map, as GeoJSON geometry. */
  public String getDisplayBoundary() {
    return displayBoundary;
  }

  /** The municipal contact person for the area, when it has no council of its own. */
  public Long getContactPersonId() {
    return contactPersonId;
  }

  void changeDetails(String name, AreaCharacter character, Long contactPersonId) {
    this.name = name;
    this.character = character;
    this.contactPersonId = contactPersonId;
  }

  /** A new boundary: the union of these parishes, or (with no parishes) an imported polygon. */
  void replaceBoundary(Set<String> parishCodes, String boundary, String displayBoundary) {
    this.parishCodes.clear();
    this.parishCodes.addAll(parishCodes);
    this.boundary = boundary;
    this.displayBoundary = displayBoundary;
  }

  /** What the audit log keeps of an area: not the geometry itself, but its size. */
  Map<String, Object> auditSnapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", slug);
    fields.put("name", name);
    fields.put("character", character.name());
    fields.put("contactPersonId", contactPersonId);
    fields.put("parishCodes", List.copyOf(new TreeSet<>(parishCodes)));
    try {
      fields.put(
          "squareKilometres",
          Math.round(AreaGeometry.squareMetres(AreaGeometry.read(boundary)) / 10_000) / 100.0);
    } catch (InvalidGeometry unreadable) {
      fields.put("squareKilometres", null);
    }
    return fields;
  }
}
