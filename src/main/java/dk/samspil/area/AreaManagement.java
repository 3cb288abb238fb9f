package dk.samspil.area;

import dk.samspil.organisation.Slugs;
import dk.samspil.shared.AuditEvent;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The area module's API: the areas, their parishes, point lookup and the gazetteer. */
@Service
@Transactional(readOnly = true)
public class AreaManagement {

  /** Sorts names as a Danish reader expects (æ, ø, å last). */
  public static final Comparator<String> DANISH_ORDER =
      Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("da"))::compare);

  private final Areas areas;
  private final Parishes parishes;
  private final PostalDistricts postalDistricts;
  private final MunicipalityBoundaries municipalities;
  private final AreaAtlas atlas;
  private final ApplicationEventPublisher events;

  AreaManagement(
      Areas areas,
      Parishes parishes,
      PostalDistricts postalDistricts,
      MunicipalityBoundaries municipalities,
      AreaAtlas atlas,
      ApplicationEventPublisher events) {
    this.areas = areas;
    this.parishes = parishes;
    this.postalDistricts = postalDistricts;
    this.municipalities = municipalities;
    this.atlas = atlas;
    this.events = events;
  }

  /** Every area, in Danish alphabetical order. */
  public List<Area> areas() {
    return areas.findAll().stream()
        .sorted(Comparator.comparing(Area::getName, DANISH_ORDER))
        .toList();
  }

  public Area area(String slug) {
    return areas.findBySlug(slug).orElseThrow(() -> AreaNotFound.forSlug(slug));
  }

  public Map<Long, Area> areasById(Collection<Long> ids) {
    return areas.findAllById(ids).stream()
        .collect(Collectors.toMap(Area::getId, Function.identity()));
  }

  /** The area containing a point given as WGS84 latitude and longitude, if any. */
  public Optional<Area> areaAt(double latitude, double longitude) {
    return atlas.areaAt(latitude, longitude).flatMap(areas::findById);
  }

  /** Places whose name or postal number matches what a person typed, best first. */
  public List<PlaceMatch> findPlaces(String query) {
    return atlas.search(query, 12);
  }

  /** The parishes of an area, in Danish alphabetical order. */
  public List<Parish> parishesOf(Area area) {
    return parishes.findAllById(area.getParishCodes()).stream()
        .sorted(Comparator.comparing(Parish::getName, DANISH_ORDER))
        .toList();
  }

  /** Stores the municipality's boundary (repaired if need be) unless one with this code exists. */
  @Transactional
  public void ensureMunicipalityBoundary(String code, String name, Geometry boundary)
      throws InvalidGeometry {
    if (!municipalities.existsById(code)) {
      Geometry valid = AreaGeometry.repairedBoundary(boundary);
      municipalities.save(new MunicipalityBoundary(code, name, AreaGeometry.write(valid)));
      events.publishEvent(new AreasChanged());
    }
  }

  /** Stores a parish unless one with this code exists. */
  @Transactional
  public void ensureParish(String code, String name, Geometry boundary) throws InvalidGeometry {
    if (!parishes.existsById(code)) {
      Geometry valid = AreaGeometry.repairedBoundary(boundary);
      parishes.save(new Parish(code, name, AreaGeometry.write(valid)));
      events.publishEvent(new AreasChanged());
    }
  }

  /** Stores a postal district unless one with this number exists. */
  @Transactional
  public void ensurePostalDistrict(String number, String town, Double share, Geometry boundary)
      throws InvalidGeometry {
    if (!postalDistricts.existsById(number)) {
      Geometry valid = AreaGeometry.repairedBoundary(boundary);
      postalDistricts.save(new PostalDistrict(number, town, share, AreaGeometry.write(valid)));
      events.publishEvent(new AreasChanged());
    }
  }

  /**
   * The area with this slug; if there is none, it is created from whole parishes, its boundary the
   * union of theirs.
   *
   * @throws InvalidGeometry if a parish code is unknown or the union is not a valid boundary
   */
  @Transactional
  public Area ensureAreaOfParishes(
      String slug,
      String name,
      AreaCharacter character,
      Set<String> parishCodes,
      Long contactPersonId)
      throws InvalidGeometry {
    Optional<Area> existing = areas.findBySlug(slug);
    if (existing.isPresent()) {
      return existing.get();
    }
    Geometry boundary = unionOfParishes(parishCodes);
    Area area =
        areas.save(
            new Area(
                slug,
                name,
                character,
                parishCodes,
                AreaGeometry.write(boundary),
                AreaGeometry.write(AreaGeometry.simplifyForDisplay(boundary)),
                contactPersonId));
    events.publishEvent(new AreasChanged());
    return area;
  }

  /** The union of the parishes' boundaries, checked to be a valid boundary. */
  Geometry unionOfParishes(Set<String> parishCodes) throws InvalidGeometry {
    if (parishCodes.isEmpty()) {
      throw new InvalidGeometry("geometry.no-parishes");
    }
    List<Parish> found = parishes.findAllById(parishCodes);
    if (found.size() != parishCodes.size()) {
      Set<String> known = found.stream().map(Parish::getCode).collect(Collectors.toSet());
      throw new InvalidGeometry(
          "geometry.unknown-parish",
          parishCodes.stream()
              .filter(code -> !known.contains(code))
              .sorted()
              .collect(Collectors.joining(", ")));
    }
    List<Geometry> boundaries = new java.util.ArrayList<>();
    for (Parish parish : found) {
      boundaries.add(AreaGeometry.read(parish.getBoundary()));
    }
    return AreaGeometry.requireBoundary(AreaGeometry.union(boundaries));
  }

  // --- Administration ---

  /** Every parish, in Danish alphabetical order. */
  public List<Parish> parishes() {
    return parishes.findAll().stream()
        .sorted(Comparator.comparing(Parish::getName, DANISH_ORDER))
        .toList();
  }

  /** The area each parish belongs to, by parish code; parishes of no area are missing. */
  public Map<String, Area> areasByParish() {
    Map<String, Area> byParish = new TreeMap<>();
    for (Area area : areas.findAll()) {
      area.getParishCodes().forEach(code -> byParish.put(code, area));
    }
    return byParish;
  }

  /**
   * Creates an area from whole parishes that no other area uses.
   *
   * @throws AreaRefused if the slug is malformed or taken, a parish belongs to another area, or the
   *     parishes' union is not a valid boundary
   */
  @Transactional(rollbackFor = AreaRefused.class)
  public Area createArea(
      String slug,
      String name,
      AreaCharacter character,
      Long contactPersonId,
      Set<String> parishCodes)
      throws AreaRefused {
    if (!Slugs.isValid(slug)) {
      throw AreaRefused.slugInvalid(slug);
    }
    if (areas.findBySlug(slug).isPresent()) {
      throw AreaRefused.slugTaken(slug);
    }
    requireFree(parishCodes, null);
    Geometry boundary = union(parishCodes);
    Area area =
        areas.save(
            new Area(
                slug,
                name,
                character,
                parishCodes,
                AreaGeometry.write(boundary),
                AreaGeometry.write(AreaGeometry.simplifyForDisplay(boundary)),
                contactPersonId));
    events.publishEvent(AuditEvent.created("area", area.getSlug(), name, snapshot(area)));
    events.publishEvent(new AreasChanged());
    return area;
  }

  /** Changes an area's name, character and contact person; its slug stays, as addresses use it. */
  @Transactional
  public Area updateArea(String slug, String name, AreaCharacter character, Long contactPersonId) {
    Area area = area(slug);
    Map<String, Object> before = snapshot(area);
    area.changeDetails(name, character, contactPersonId);
    events.publishEvent(AuditEvent.updated("area", slug, name, before, snapshot(area)));
    events.publishEvent(new AreasChanged());
    return area;
  }

  /**
   * Defines an area as whole parishes: its boundary (and the simplified one for maps) becomes their
   * union.
   *
   * @throws AreaRefused if a parish belongs to another area (the refusal names which) or the union
   *     is not a valid boundary
   */
  @Transactional(rollbackFor = AreaRefused.class)
  public Area defineByParishes(String slug, Set<String> parishCodes) throws AreaRefused {
    Area area = area(slug);
    requireFree(parishCodes, area);
    Geometry boundary = union(parishCodes);
    Map<String, Object> before = snapshot(area);
    area.replaceBoundary(
        parishCodes,
        AreaGeometry.write(boundary),
        AreaGeometry.write(AreaGeometry.simplifyForDisplay(boundary)));
    events.publishEvent(AuditEvent.updated("area", slug, area.getName(), before, snapshot(area)));
    events.publishEvent(new AreasChanged());
    return area;
  }

  private Geometry union(Set<String> parishCodes) throws AreaRefused {
    try {
      return unionOfParishes(parishCodes);
    } catch (InvalidGeometry e) {
      throw AreaRefused.invalidBoundary(e);
    }
  }

  /** Refuses parishes that belong to an area other than {@code self}, naming them and the areas. */
  private void requireFree(Set<String> parishCodes, Area self) throws AreaRefused {
    Map<String, Parish> byCode =
        parishes.findAllById(parishCodes).stream()
            .collect(Collectors.toMap(Parish::getCode, Function.identity()));
    Map<String, List<String>> taken = new TreeMap<>(DANISH_ORDER);
    for (Area other : areas.findAll()) {
      if (self != null && other.getId().equals(self.getId())) {
        continue;
      }
      List<String> shared = new ArrayList<>();
      for (String code : new TreeSet<>(parishCodes)) {
        if (other.getParishCodes().contains(code)) {
          Parish parish = byCode.get(code);
          shared.add((parish == null ? "?" : parish.getName()) + " (" + code + ")");
        }
      }
      if (!shared.isEmpty()) {
        taken.put(other.getName(), shared);
      }
    }
    if (!taken.isEmpty()) {
      throw AreaRefused.parishesInUse(
          taken.entrySet().stream()
              .map(e -> String.join(", ", e.getValue()) + " → " + e.getKey())
              .collect(Collectors.joining("; ")));
    }
  }

  /** What the audit log keeps of an area: not the geometry itself, but its size. */
  static Map<String, Object> snapshot(Area area) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", area.getSlug());
    fields.put("name", area.getName());
    fields.put("character", area.getCharacter().name());
    fields.put("contactPersonId", area.getContactPersonId());
    fields.put("parishCodes", List.copyOf(new TreeSet<>(area.getParishCodes())));
    try {
      fields.put(
          "squareKilometres",
          Math.round(AreaGeometry.squareMetres(AreaGeometry.read(area.getBoundary())) / 10_000)
              / 100.0);
    } catch (InvalidGeometry unreadable) {
      fields.put("squareKilometres", null);
    }
    return fields;
  }
}
