package dk.samspil.area;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area module's look-ups, which other modules call: the areas, their parishes, point lookup and
 * the gazetteer, and the loading of reference geography (the municipal boundary, parishes, postal
 * districts, areas of whole parishes). The administration's changes are {@link
 * AreaAdministration}'s, boundary files {@link AreaImportManagement}'s.
 */
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

  /**
   * The area with this slug.
   *
   * @throws AreaNotFound if there is none
   */
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

  /**
   * Gives the area this contact person if it has none yet; one it has stays. For a data set that
   * adds contact persons to areas another data set loaded.
   */
  @Transactional
  public Area ensureContactPerson(String slug, Long contactPersonId) {
    Area area = area(slug);
    if (area.getContactPersonId() == null && contactPersonId != null) {
      area.changeDetails(area.getName(), area.getCharacter(), contactPersonId);
    }
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
    List<Geometry> boundaries = new ArrayList<>();
    for (Parish parish : found) {
      boundaries.add(AreaGeometry.read(parish.getBoundary()));
    }
    return AreaGeometry.requireBoundary(AreaGeometry.union(boundaries));
  }
}
