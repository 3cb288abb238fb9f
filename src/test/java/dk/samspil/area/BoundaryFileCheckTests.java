package dk.samspil.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The checks of an uploaded boundary file, without the database. */
class BoundaryFileCheckTests {

  static Geometry municipality;

  @BeforeAll
  static void readMunicipality() throws Exception {
    municipality =
        AreaGeometry.repairedBoundary(
            GeoJsonFeatures.read(resource("/reference/naestved/kommune.geojson"))
                .get(0)
                .geometry());
  }

  static String resource(String path) throws IOException {
    try (InputStream in = BoundaryFileCheckTests.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static BoundaryFileCheck.Result check(String text) {
    return BoundaryFileCheck.check(text, Set.of("fensmark", "glumsoe"), municipality);
  }

  static String square(double x, double y, double half) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%1$f,%2$f],[%3$f,%2$f],[%3$f,%4$f],[%1$f,%4$f],[%1$f,%2$f]]]}",
        x - half,
        y - half,
        x + half,
        y + half);
  }

  static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  static String feature(String slug, String name, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"slug\":\""
        + slug
        + "\",\"name\":\""
        + name
        + "\"},\"geometry\":"
        + geometry
        + "}";
  }

  @Test
  void takesAnUnknownSlugWithANameAsANewArea() throws IOException {
    BoundaryFileCheck.Result result = check(resource("/geojson/valid.geojson"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.candidates())
        .singleElement()
        .satisfies(
            candidate -> {
              assertThat(candidate.slug()).isEqualTo("zz-test-import");
              assertThat(candidate.name()).isEqualTo("Prøveområde (test)");
              assertThat(candidate.character()).isEqualTo(AreaCharacter.LAND);
            });
  }

  @Test
  void acceptsAnExistingAreaWithoutAName() {
    assertThat(check(collection(feature("fensmark", "", square(11.76, 55.23, 0.005)))).problems())
        .isEmpty();
  }

  @Test
  void ignoresADigitisingSliverBetweenTwoAreas() {
    // the two squares share a strip 0.000005° (about 0.3 m) wide along 1.1 km: about 350 m²
    String text =
        collection(
            feature("zz-a", "A", square(11.76, 55.23, 0.005)),
            feature("zz-b", "B", square(11.769995, 55.23, 0.005)));

    assertThat(check(text).problems()).isEmpty();
  }

  @Test
  void refusesAnOverlapBeyondTheTolerance() {
    String text =
        collection(
            feature("zz-a", "A", square(11.76, 55.23, 0.005)),
            feature("zz-b", "B", square(11.769, 55.23, 0.005)));

    assertThat(check(text).problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("admin.import.overlap");
  }

  @Test
  void toleratesABoundaryAFewMetresOutsideTheCoarseMunicipalBoundary() {
    // a square of about 50 × 90 m at the westernmost point, reaching about 13 m beyond it
    String text = collection(feature("zz-vest", "Vest", square(11.43548, 55.297, 0.0004)));

    assertThat(check(text).problems()).isEmpty();
  }

  @Test
  void refusesAnAreaOutsideTheMunicipality() throws IOException {
    assertThat(check(resource("/geojson/outside-municipality.geojson")).problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("admin.import.outside");
  }

  @Test
  void acceptsTheNamesOfWgs84LongitudeLatitude() {
    for (String name :
        List.of("urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326")) {
      String text =
          "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\""
              + name
              + "\"}},\"features\":["
              + feature("fensmark", "", square(11.76, 55.23, 0.005))
              + "]}";
      assertThat(check(text).problems()).as(name).isEmpty();
    }
  }

  @Test
  void collectsEveryProblemOfTheFileAndKeepsNoArea() throws IOException {
    BoundaryFileCheck.Result result = check(resource("/geojson/several-problems.geojson"));

    assertThat(result.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactlyInAnyOrder(
            "admin.import.crs",
            "geometry.invalid.5",
            "admin.import.no-slug",
            "admin.import.new-needs-name",
            "admin.import.duplicate-slug",
            "admin.import.outside",
            "admin.import.overlap");
    assertThat(result.candidates()).isEmpty();
  }

  @Test
  void namesWhereAGeometryIsInvalid() throws IOException {
    assertThat(check(resource("/geojson/invalid-geometry.geojson")).problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.feature()).isEqualTo(1);
              assertThat(problem.slug()).isEqualTo("zz-sloejfe");
              assertThat(problem.messageKey()).isEqualTo("geometry.invalid.5");
              assertThat(problem.arguments()).containsExactly("11.70500", "55.30500");
            });
  }

  @Test
  void refusesAFileWithMoreAreasThanAMunicipalityHasBeforeBuildingAnyGeometry() {
    String[] features = new String[BoundaryFileCheck.MAX_FEATURES + 1];
    for (int i = 0; i < features.length; i++) {
      features[i] = feature("omraade-" + i, "Område " + i, square(11.7, 55.3, 0.001));
    }
    assertThat(check(collection(features)).problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.messageKey()).isEqualTo("admin.import.too-many-features");
              assertThat(problem.arguments()).containsExactly(BoundaryFileCheck.MAX_FEATURES);
            });

    String[] allowed = Arrays.copyOf(features, BoundaryFileCheck.MAX_FEATURES);
    assertThat(check(collection(allowed)).problems())
        .extracting(ImportProblem::messageKey)
        .doesNotContain("admin.import.too-many-features");
  }

  @Test
  void refusesBoundariesWithTooManyPointsWhileReadingThem() {
    StringBuilder ring = new StringBuilder("[[11.7,55.3]");
    for (int i = 0; i < BoundaryFileCheck.MAX_POSITIONS; i++) {
      ring.append(",[11.7,55.3]");
    }
    ring.append("]");
    String huge = "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";

    assertThat(check(collection(feature("fensmark", "Fensmark", huge))).problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.messageKey()).isEqualTo("admin.import.too-many-positions");
              assertThat(problem.arguments()).containsExactly(BoundaryFileCheck.MAX_POSITIONS);
            });
  }
}
