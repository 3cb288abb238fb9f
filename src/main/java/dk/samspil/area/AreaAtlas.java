package dk.samspil.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The areas' geometry in memory: a spatial index for point lookups and the gazetteer. Built on
 * first use from the database and rebuilt after any change to the geography.
 */
@Component
class AreaAtlas {

  private static final Logger log = LoggerFactory.getLogger(AreaAtlas.class);

  /** A point in the municipality that falls in a sliver between areas goes to one this close. */
  static final double NEAREST_AREA_TOLERANCE = 0.002;

  /**
   * A place counts as lying in an area when this share of the place, or this share of the area, is
   * covered: boundaries digitised separately overlap a little everywhere.
   */
  static final double PLACE_SHARE = 0.02;

  static final double AREA_SHARE = 0.10;

  private final Areas areas;
  private final Parishes parishes;
  private final PostalDistricts postalDistricts;
  private final MunicipalityBoundaries municipalities;
  private final TransactionTemplate readOnly;
  private volatile Snapshot snapshot;

  AreaAtlas(
      Areas areas,
      Parishes parishes,
      PostalDistricts postalDistricts,
      MunicipalityBoundaries municipalities,
      PlatformTransactionManager transactions) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.areas = areas;
    this.parishes = parishes;
    this.postalDistricts = postalDistricts;
    this.municipalities = municipalities;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(AreasChanged event) {
    snapshot = null;
  }

  /** The area containing the point, if the point lies in the municipality's areas. */
  Optional<Long> areaAt(double latitude, double longitude) {
    return snapshot().areaAt(AreaGeometry.FACTORY.createPoint(new Coordinate(longitude, latitude)));
  }

  List<PlaceMatch> search(String query, int limit) {
    return snapshot().gazetteer().search(query, limit);
  }

  Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null) {
      synchronized (this) {
        current = snapshot;
        if (current == null) {
          current = readOnly.execute(status -> build());
          snapshot = current;
        }
      }
    }
    return current;
  }

  private Snapshot build() {
    long started = System.nanoTime();
    List<IndexedArea> indexed = new ArrayList<>();
    STRtree index = new STRtree();
    for (Area area : areas.findAll()) {
      Geometry boundary = parse(area.getBoundary());
      if (boundary != null) {
        var entry =
            new IndexedArea(
                area.getId(),
                area.getSlug(),
                area.getName(),
                boundary,
                PreparedGeometryFactory.prepare(boundary),
                area.getParishCodes());
        indexed.add(entry);
        index.insert(boundary.getEnvelopeInternal(), entry);
      }
    }
    indexed.sort(Comparator.comparing(IndexedArea::slug));
    index.build();
    PreparedGeometry municipality =
        municipalities.findAll().stream()
            .map(m -> parse(m.getBoundary()))
            .filter(g -> g != null)
            .reduce(Geometry::union)
            .map(PreparedGeometryFactory::prepare)
            .orElse(null);
    var gazetteer = new Gazetteer(places(indexed));
    log.info(
        "Area atlas built: {} areas in {} ms",
        indexed.size(),
        (System.nanoTime() - started) / 1_000_000);
    return new Snapshot(indexed, index, municipality, gazetteer);
  }

  private List<Gazetteer.Place> places(List<IndexedArea> indexed) {
    List<Gazetteer.Place> places = new ArrayList<>();
    for (IndexedArea area : indexed) {
      places.add(new Gazetteer.Place(PlaceKind.AREA, area.name(), null, List.of(area.id())));
    }
    for (Parish parish : parishes.findAll()) {
      List<Long> byCode =
          indexed.stream()
              .filter(a -> a.parishCodes().contains(parish.getCode()))
              .map(IndexedArea::id)
              .toList();
      List<Long> areaIds =
          byCode.isEmpty() ? overlapping(parse(parish.getBoundary()), indexed) : byCode;
      places.add(
          new Gazetteer.Place(PlaceKind.PARISH, parish.getName(), parish.getCode(), areaIds));
    }
    for (PostalDistrict district : postalDistricts.findAll()) {
      places.add(
          new Gazetteer.Place(
              PlaceKind.POSTAL_DISTRICT,
              district.getTown(),
              district.getNumber(),
              overlapping(parse(district.getBoundary()), indexed)));
    }
    return places;
  }

  /** The areas a place lies in, the most overlapped first. */
  static List<Long> overlapping(Geometry place, List<IndexedArea> indexed) {
    if (place == null) {
      return List.of();
    }
    Map<Long, Double> shares = new LinkedHashMap<>();
    double placeArea = place.getArea();
    for (IndexedArea area : indexed) {
      if (!area.prepared().intersects(place)) {
        continue;
      }
      double overlap = area.boundary().intersection(place).getArea();
      if (overlap / placeArea >= PLACE_SHARE || overlap / area.boundary().getArea() >= AREA_SHARE) {
        shares.put(area.id(), overlap);
      }
    }
    return shares.entrySet().stream()
        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Geometry parse(String geoJson) {
    try {
      return AreaGeometry.read(geoJson);
    } catch (InvalidGeometry e) {
      log.error(
          "A stored boundary cannot be read and is left out of the atlas: {}", e.getMessage());
      return null;
    }
  }

  record IndexedArea(
      Long id,
      String slug,
      String name,
      Geometry boundary,
      PreparedGeometry prepared,
      Set<String> parishCodes) {}

  record Snapshot(
      List<IndexedArea> areas, STRtree index, PreparedGeometry municipality, Gazetteer gazetteer) {

    Optional<Long> areaAt(Point point) {
      @SuppressWarnings("unchecked")
      List<IndexedArea> candidates = index.query(point.getEnvelopeInternal());
      Optional<IndexedArea> containing =
          candidates.stream()
              .filter(area -> area.prepared().covers(point))
              .min(Comparator.comparing(IndexedArea::slug));
      if (containing.isPresent()) {
        return containing.map(IndexedArea::id);
      }
      if (municipality == null || !municipality.covers(point)) {
        return Optional.empty();
      }
      Map<Long, Double> distances = new HashMap<>();
      for (IndexedArea area : areas) {
        double distance = area.boundary().distance(point);
        if (distance <= NEAREST_AREA_TOLERANCE) {
          distances.put(area.id(), distance);
        }
      }
      return distances.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
  }
}
