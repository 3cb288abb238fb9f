package dk.samspil.area;

import dk.samspil.organisation.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks an uploaded GeoJSON file of area boundaries and collects every problem, so that an
 * administrator can fix the file in one go. Nothing here touches the database.
 *
 * <p>A feature names its area by the property {@code slug}. A slug the municipality does not have
 * yet is a new area, which then needs a {@code name} (and may give a {@code character}: "by",
 * "land" or "by og land"; without one it is "by og land").
 */
final class BoundaryFileCheck {

  /** Two areas of the file overlap when they share more than this (square degrees, ~700 m²). */
  static final double OVERLAP_TOLERANCE = 1e-7;

  /**
   * The municipal boundary is widened by this (degrees, ~65–110 m) before an area is checked to lie
   * inside it: the DAGI boundary is coarse, and a municipality's own polygons are digitised apart.
   */
  static final double MUNICIPALITY_TOLERANCE = 0.001;

  /** What may still lie outside the widened boundary (square degrees, ~700 m²). */
  static final double OUTSIDE_TOLERANCE = 1e-7;

  /** The coordinate systems that mean WGS84 longitude/latitude, as GeoJSON names them. */
  static final Set<String> WGS84_NAMES =
      Set.of(
          "urn:ogc:def:crs:ogc:1.3:crs84",
          "urn:ogc:def:crs:ogc::crs84",
          "crs84",
          "ogc:crs84",
          "epsg:4326",
          "urn:ogc:def:crs:epsg::4326",
          "urn:ogc:def:crs:epsg:4326",
          "http://www.opengis.net/def/crs/ogc/1.3/crs84",
          "http://www.opengis.net/def/crs/epsg/0/4326");

  /**
   * The most areas one file may give: a municipality has tens of local areas, and every pair of
   * areas is compared for overlaps.
   */
  static final int MAX_FEATURES = 200;

  /**
   * The most corner points one file may give in all: Næstved's 19 areas need about 20,000 even at
   * the finest published scale. Both limits are counted while the file is read, before any geometry
   * is built, so that a hostile file costs no more than reading it once.
   */
  static final int MAX_POSITIONS = 250_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One area as the file gives it, checked. */
  record Candidate(
      int number, String slug, String name, AreaCharacter character, Geometry boundary) {}

  /** The outcome: every problem, and the areas (complete only when there are no problems). */
  record Result(List<ImportProblem> problems, List<Candidate> candidates) {

    boolean valid() {
      return problems.isEmpty();
    }
  }

  private BoundaryFileCheck() {}

  /**
   * Checks the file against the areas that exist ({@code knownSlugs}) and the municipality's
   * boundary (null: not checked).
   */
  static Result check(String text, Set<String> knownSlugs, Geometry municipality) {
    List<ImportProblem> problems = new ArrayList<>();
    String json = text == null ? "" : text.replaceFirst("^\uFEFF", "");
    ImportProblem tooBig = tooBig(json);
    if (tooBig != null) {
      return new Result(List.of(tooBig), List.of());
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      return new Result(List.of(ImportProblem.ofFile("geometry.not-json")), List.of());
    }
    if (root == null
        || !root.isObject()
        || !"FeatureCollection".equals(root.path("type").asString(""))) {
      return new Result(
          List.of(ImportProblem.ofFile("geometry.not-feature-collection")), List.of());
    }
    checkCrs(root.path("crs"), problems);
    JsonNode features = root.path("features");
    if (!features.isArray() || features.isEmpty()) {
      problems.add(ImportProblem.ofFile("admin.import.no-features"));
      return new Result(problems, List.of());
    }

    List<Candidate> candidates = new ArrayList<>();
    Map<String, List<Integer>> numbersBySlug = new LinkedHashMap<>();
    int number = 0;
    for (JsonNode feature : features) {
      number++;
      Candidate candidate = candidate(number, feature, knownSlugs, problems);
      if (candidate.slug() != null) {
        numbersBySlug.computeIfAbsent(candidate.slug(), s -> new ArrayList<>()).add(number);
      }
      if (candidate.boundary() != null) {
        candidates.add(candidate);
      }
    }
    numbersBySlug.forEach(
        (slug, numbers) -> {
          if (numbers.size() > 1) {
            problems.add(
                new ImportProblem(
                    numbers.get(0),
                    slug,
                    "admin.import.duplicate-slug",
                    slug,
                    joinNumbers(numbers)));
          }
        });
    checkOverlaps(candidates, problems);
    if (municipality != null) {
      checkInside(candidates, municipality, problems);
    }
    problems.sort(
        Comparator.comparingInt(ImportProblem::feature).thenComparing(ImportProblem::messageKey));
    return new Result(problems, problems.isEmpty() ? candidates : List.of());
  }

  /**
   * Counts the features of the collection and the numbers of every {@code coordinates} array as the
   * file streams past, and stops at the first limit passed; null if the file is within both (or is
   * no JSON at all, which the full reading then reports).
   */
  private static ImportProblem tooBig(String json) {
    int depth = 0;
    int featuresDepth = -1;
    int coordinatesDepth = -1;
    int features = 0;
    long numbers = 0;
    String name = null;
    try (JsonParser parser = JSON.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          name = parser.currentName();
          continue;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          if (token == JsonToken.START_OBJECT
              && depth == featuresDepth
              && ++features > MAX_FEATURES) {
            return ImportProblem.ofFile("admin.import.too-many-features", MAX_FEATURES);
          }
          depth++;
          if (token == JsonToken.START_ARRAY && depth == 2 && "features".equals(name)) {
            featuresDepth = depth;
          } else if (token == JsonToken.START_ARRAY
              && coordinatesDepth < 0
              && "coordinates".equals(name)) {
            coordinatesDepth = depth;
          }
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          if (depth == coordinatesDepth) {
            coordinatesDepth = -1;
          }
          if (depth == featuresDepth) {
            featuresDepth = -1;
          }
          depth--;
        } else if (token.isNumeric() && coordinatesDepth > 0 && ++numbers > 2L * MAX_POSITIONS) {
          return ImportProblem.ofFile("admin.import.too-many-positions", MAX_POSITIONS);
        }
        name = null;
      }
    } catch (JacksonException notJson) {
      return null;
    }
    return null;
  }

  private static void checkCrs(JsonNode crs, List<ImportProblem> problems) {
    if (crs.isMissingNode() || crs.isNull()) {
      return;
    }
    String name = crs.path("properties").path("name").asString("");
    if (!WGS84_NAMES.contains(name.strip().toLowerCase(Locale.ROOT))) {
      problems.add(
          ImportProblem.ofFile("admin.import.crs", name.isBlank() ? crs.toString() : name));
    }
  }

  private static Candidate candidate(
      int number, JsonNode feature, Set<String> knownSlugs, List<ImportProblem> problems) {
    JsonNode properties = feature.path("properties");
    String slug = text(properties, "slug");
    String name = text(properties, "name");
    if (name == null) {
      name = text(properties, "navn");
    }
    String characterText = text(properties, "character");
    if (characterText == null) {
      characterText = text(properties, "karakter");
    }
    if (!"Feature".equals(feature.path("type").asString(""))) {
      problems.add(new ImportProblem(number, slug, "admin.import.not-feature"));
    }
    if (slug == null) {
      problems.add(new ImportProblem(number, null, "admin.import.no-slug"));
    } else if (!Slugs.isValid(slug)) {
      problems.add(new ImportProblem(number, slug, "admin.import.bad-slug", slug));
    } else if (!knownSlugs.contains(slug) && name == null) {
      problems.add(new ImportProblem(number, slug, "admin.import.new-needs-name", slug));
    }
    if (name != null && name.length() > 200) {
      problems.add(new ImportProblem(number, slug, "admin.import.name-too-long"));
    }
    AreaCharacter character = null;
    if (characterText != null) {
      try {
        character = AreaCharacter.fromDanish(characterText);
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(number, slug, "admin.import.bad-character", characterText));
      }
    }
    Geometry boundary = geometry(number, slug, feature.path("geometry"), problems);
    return new Candidate(number, slug, name, character, boundary);
  }

  /** The feature's geometry if it is a valid boundary (also after rounding), else null. */
  private static Geometry geometry(
      int number, String slug, JsonNode node, List<ImportProblem> problems) {
    if (node.isMissingNode() || node.isNull()) {
      problems.add(new ImportProblem(number, slug, "admin.import.no-geometry"));
      return null;
    }
    try {
      Geometry geometry =
          AreaGeometry.requireBoundary(AreaGeometry.read(JSON.writeValueAsString(node)));
      // stored with six decimals: what is stored must be valid too
      return AreaGeometry.requireBoundary(AreaGeometry.read(AreaGeometry.write(geometry)));
    } catch (InvalidGeometry e) {
      problems.add(new ImportProblem(number, slug, e.messageKey(), e.arguments()));
      return null;
    }
  }

  private static void checkOverlaps(List<Candidate> candidates, List<ImportProblem> problems) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate a = candidates.get(i);
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(a.boundary());
      for (int j = i + 1; j < candidates.size(); j++) {
        Candidate b = candidates.get(j);
        if (!a.boundary().getEnvelopeInternal().intersects(b.boundary().getEnvelopeInternal())
            || !prepared.intersects(b.boundary())) {
          continue;
        }
        Geometry shared =
            OverlayNGRobust.overlay(a.boundary(), b.boundary(), OverlayNG.INTERSECTION);
        if (shared.getArea() > OVERLAP_TOLERANCE) {
          Coordinate at = shared.getInteriorPoint().getCoordinate();
          problems.add(
              new ImportProblem(
                  a.number(),
                  a.slug(),
                  "admin.import.overlap",
                  label(b),
                  b.number(),
                  Math.round(AreaGeometry.squareMetres(shared)),
                  format(at.x),
                  format(at.y)));
        }
      }
    }
  }

  private static void checkInside(
      List<Candidate> candidates, Geometry municipality, List<ImportProblem> problems) {
    Geometry widened = municipality.buffer(MUNICIPALITY_TOLERANCE);
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(widened);
    for (Candidate candidate : candidates) {
      if (prepared.covers(candidate.boundary())) {
        continue;
      }
      Geometry outside =
          OverlayNGRobust.overlay(candidate.boundary(), widened, OverlayNG.DIFFERENCE);
      if (outside.getArea() > OUTSIDE_TOLERANCE) {
        Coordinate at = outside.getInteriorPoint().getCoordinate();
        problems.add(
            new ImportProblem(
                candidate.number(),
                candidate.slug(),
                "admin.import.outside",
                Math.round(AreaGeometry.squareMetres(outside)),
                format(at.x),
                format(at.y)));
      }
    }
  }

  /** The reduced FeatureCollection that is stored and drawn on the preview map. */
  static String content(List<Candidate> candidates, Map<String, String> existingNames) {
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (Candidate candidate : candidates) {
      ObjectNode feature = features.addObject().put("type", "Feature");
      ObjectNode properties = feature.putObject("properties");
      properties.put("slug", candidate.slug());
      String name =
          candidate.name() != null ? candidate.name() : existingNames.get(candidate.slug());
      properties.put("name", name);
      if (candidate.character() != null) {
        properties.put("character", candidate.character().apiValue());
      }
      properties.putNull("council");
      feature.set("geometry", JSON.readTree(AreaGeometry.write(candidate.boundary())));
    }
    return JSON.writeValueAsString(collection);
  }

  private static String text(JsonNode properties, String name) {
    JsonNode value = properties.path(name);
    if (value.isMissingNode() || value.isNull() || value.isContainer()) {
      return null;
    }
    String text = value.asString("").strip();
    return text.isEmpty() ? null : text;
  }

  private static String label(Candidate candidate) {
    return candidate.slug() != null ? candidate.slug() : "#" + candidate.number();
  }

  private static String joinNumbers(List<Integer> numbers) {
    return String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.5f", value);
  }
}
