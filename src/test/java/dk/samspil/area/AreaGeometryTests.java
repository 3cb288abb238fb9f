package dk.samspil.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class AreaGeometryTests {

  static Geometry square(double x, double y, double size) throws InvalidGeometry {
    return AreaGeometry.read(
        String.format(
            Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
            x,
            y,
            x + size,
            y,
            x + size,
            y + size,
            x,
            y + size,
            x,
            y));
  }

  @Test
  void unitesNeighbouringParishesIntoOneValidPolygon() throws InvalidGeometry {
    Geometry union = AreaGeometry.union(List.of(square(11.0, 55.0, 0.1), square(11.1, 55.0, 0.1)));

    assertThat(union.isValid()).isTrue();
    assertThat(union.getGeometryType()).isEqualTo("Polygon");
    assertThat(union.getArea()).isCloseTo(0.02, Offset.offset(1e-9));
  }

  static Geometry rectangle(double x1, double y1, double x2, double y2) throws InvalidGeometry {
    return AreaGeometry.read(
        String.format(
            Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
            x1,
            y1,
            x2,
            y1,
            x2,
            y2,
            x1,
            y2,
            x1,
            y1));
  }

  @Test
  void closesSliversBetweenParishesButKeepsRealHoles() throws InvalidGeometry {
    // Four parishes around a 0.0005° gap (about 30 m across): a digitising sliver, not a hole.
    Geometry slivered =
        AreaGeometry.union(
            List.of(
                rectangle(11.0, 55.0, 11.1, 55.2),
                rectangle(11.1005, 55.0, 11.2, 55.2),
                rectangle(11.1, 55.0, 11.1005, 55.1),
                rectangle(11.1, 55.1005, 11.1005, 55.2)));
    // The same around a 0.05° gap (about 3 km across): a real hole, e.g. a town that is its own
    // area.
    Geometry holed =
        AreaGeometry.union(
            List.of(
                rectangle(11.0, 55.0, 11.1, 55.2),
                rectangle(11.15, 55.0, 11.2, 55.2),
                rectangle(11.1, 55.0, 11.15, 55.1),
                rectangle(11.1, 55.15, 11.15, 55.2)));

    assertThat(slivered.isValid()).isTrue();
    assertThat(((Polygon) slivered).getNumInteriorRing()).isZero();
    assertThat(holed.isValid()).isTrue();
    assertThat(((Polygon) holed).getNumInteriorRing()).isEqualTo(1);
  }

  @Test
  void rejectsASelfIntersectingPolygonWithTheReasonAndPlace() throws InvalidGeometry {
    Geometry bowTie =
        AreaGeometry.read(
            "{\"type\":\"Polygon\",\"coordinates\":[[[11.0,55.0],[11.1,55.1],[11.1,55.0],[11.0,55.1],[11.0,55.0]]]}");

    assertThatThrownBy(() -> AreaGeometry.requireBoundary(bowTie))
        .isInstanceOfSatisfying(
            InvalidGeometry.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("geometry.invalid.5");
              assertThat(e.arguments()).containsExactly("11.05000", "55.05000");
            });
  }

  @Test
  void rejectsCoordinatesThatAreNotLongitudeAndLatitude() throws InvalidGeometry {
    Geometry utm = square(680000, 6120000, 1000);

    assertThatThrownBy(() -> AreaGeometry.requireBoundary(utm))
        .isInstanceOfSatisfying(
            InvalidGeometry.class, e -> assertThat(e.messageKey()).isEqualTo("geometry.not-wgs84"));
  }

  @Test
  void rejectsAGeometryThatIsNotAnArea() throws InvalidGeometry {
    Geometry point = AreaGeometry.read("{\"type\":\"Point\",\"coordinates\":[11.7,55.2]}");

    assertThatThrownBy(() -> AreaGeometry.requireBoundary(point))
        .isInstanceOfSatisfying(
            InvalidGeometry.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("geometry.not-polygon");
              assertThat(e.arguments()).containsExactly("Point");
            });
  }

  @Test
  void rejectsTextThatIsNotGeoJson() {
    assertThatThrownBy(() -> AreaGeometry.read("{\"type\":\"Polygon\",\"coordinates\":\"x\"}"))
        .isInstanceOfSatisfying(
            InvalidGeometry.class,
            e -> assertThat(e.messageKey()).isEqualTo("geometry.unreadable"));
  }

  @Test
  void repairsReferenceGeometryThatTouchesItself() throws InvalidGeometry {
    // A ring that passes twice through (11.1, 55.1): invalid, but clearly meant as two squares.
    Geometry touching =
        AreaGeometry.read(
            "{\"type\":\"Polygon\",\"coordinates\":[[[11.0,55.0],[11.1,55.0],[11.1,55.1],[11.2,55.1],"
                + "[11.2,55.2],[11.1,55.2],[11.1,55.1],[11.0,55.1],[11.0,55.0]]]}");
    assertThat(touching.isValid()).isFalse();

    Geometry repaired = AreaGeometry.repairedBoundary(touching);

    assertThat(repaired.isValid()).isTrue();
    assertThat(repaired.getArea()).isCloseTo(0.02, Offset.offset(1e-9));
  }

  @Test
  void simplifiesForDisplayWithoutBreakingTheOutline() throws InvalidGeometry {
    Geometry detailed =
        AreaGeometry.read(
            "{\"type\":\"Polygon\",\"coordinates\":[[[11.0,55.0],[11.05,55.00001],[11.1,55.0],[11.1,55.1],[11.0,55.1],[11.0,55.0]]]}");

    Geometry simplified = AreaGeometry.simplifyForDisplay(detailed);

    assertThat(simplified.isValid()).isTrue();
    assertThat(simplified.getNumPoints()).isLessThan(detailed.getNumPoints());
  }

  @Test
  void readsAndWritesGeoJsonRoundTrip() throws InvalidGeometry {
    Geometry square = square(11.0, 55.0, 0.1);

    assertThat(AreaGeometry.read(AreaGeometry.write(square)).equalsExact(square, 1e-7)).isTrue();
  }

  @Test
  void writesOuterRingsCounterClockwiseAndHolesClockwise() throws InvalidGeometry {
    // a clockwise shell with a counter-clockwise hole: the opposite of RFC 7946
    Geometry wrongWay =
        AreaGeometry.read(
            "{\"type\":\"Polygon\",\"coordinates\":["
                + "[[11,55],[11,56],[12,56],[12,55],[11,55]],"
                + "[[11.2,55.2],[11.8,55.2],[11.8,55.8],[11.2,55.8],[11.2,55.2]]]}");
    assertThat(Orientation.isCCW(((Polygon) wrongWay).getExteriorRing().getCoordinates()))
        .isFalse();

    Polygon written = (Polygon) AreaGeometry.read(AreaGeometry.write(wrongWay));

    assertThat(Orientation.isCCW(written.getExteriorRing().getCoordinates())).isTrue();
    assertThat(Orientation.isCCW(written.getInteriorRingN(0).getCoordinates())).isFalse();
    assertThat(written.equalsTopo(wrongWay)).isTrue();
  }
}
