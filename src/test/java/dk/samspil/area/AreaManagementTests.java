package dk.samspil.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.SamspilTest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;

@SamspilTest
class AreaManagementTests {

  @Autowired AreaManagement areas;
  @Autowired MunicipalityBoundaries municipalities;

  @Test
  void holdsTheNineteenAreasOfTheDemonstrationData() {
    assertThat(areas.areas()).hasSize(19);
    assertThat(areas.areas()).extracting(Area::getName).startsWith("Fensmark", "Fladså", "Fodby");
  }

  @Test
  void buildsEveryAreaAsAValidUnionOfItsParishes() throws InvalidGeometry {
    for (Area area : areas.areas()) {
      Geometry boundary = AreaGeometry.requireBoundary(AreaGeometry.read(area.getBoundary()));
      Geometry display = AreaGeometry.requireBoundary(AreaGeometry.read(area.getDisplayBoundary()));

      double parishArea = 0;
      for (String code : area.getParishCodes()) {
        parishArea += parishBoundary(code).getArea();
      }
      assertThat(boundary.getArea())
          .as("area of %s against its parishes", area.getSlug())
          .isBetween(parishArea * 0.99, parishArea * 1.001);
      assertThat(display.getArea()).isBetween(boundary.getArea() * 0.97, boundary.getArea() * 1.03);
    }
  }

  @Test
  void findsTheAreaOfAPointInside() throws InvalidGeometry {
    Area fensmark = areas.area("fensmark");
    Coordinate inside =
        AreaGeometry.read(fensmark.getBoundary()).getInteriorPoint().getCoordinate();

    assertThat(areas.areaAt(inside.y, inside.x)).map(Area::getSlug).contains("fensmark");
  }

  @Test
  void findsExactlyOneOfTheTwoAreasForAPointOnTheirSharedBorder() throws InvalidGeometry {
    Area fensmark = areas.area("fensmark");
    Geometry fensmarkBoundary = AreaGeometry.read(fensmark.getBoundary());
    Coordinate shared = null;
    String neighbour = null;
    search:
    for (Coordinate vertex : fensmarkBoundary.getCoordinates()) {
      for (Area other : areas.areas()) {
        if (!other.getSlug().equals("fensmark")
            && AreaGeometry.read(other.getBoundary())
                .covers(AreaGeometry.FACTORY.createPoint(vertex))) {
          shared = vertex;
          neighbour = other.getSlug();
          break search;
        }
      }
    }
    assertThat(shared).as("a vertex Fensmark shares with a neighbour").isNotNull();

    Optional<Area> found = areas.areaAt(shared.y, shared.x);

    assertThat(found).map(Area::getSlug).get().isIn("fensmark", neighbour);
    assertThat(areas.areaAt(shared.y, shared.x))
        .map(Area::getSlug)
        .isEqualTo(found.map(Area::getSlug));
  }

  @Test
  void findsNoAreaJustOutsideTheMunicipality() throws InvalidGeometry {
    Geometry municipality =
        AreaGeometry.read(municipalities.findById("0370").orElseThrow().getBoundary());
    Coordinate westernmost =
        List.of(municipality.getCoordinates()).stream()
            .min(Comparator.comparingDouble(c -> c.x))
            .orElseThrow();

    assertThat(areas.areaAt(westernmost.y, westernmost.x - 0.005)).isEmpty();
    assertThat(areas.areaAt(55.6761, 12.5683)).as("Copenhagen").isEmpty();
  }

  @Test
  void findsThePlacesAPersonTypes() {
    List<PlaceMatch> glumsoe = areas.findPlaces("Glumso");
    assertThat(glumsoe)
        .filteredOn(match -> match.kind() == PlaceKind.PARISH)
        .singleElement()
        .satisfies(
            match ->
                assertThat(areas.areasById(match.areaIds()).values())
                    .extracting(Area::getSlug)
                    .containsExactly("glumsoe"));

    PlaceMatch naestved = areas.findPlaces("4700").get(0);
    assertThat(naestved.kind()).isEqualTo(PlaceKind.POSTAL_DISTRICT);
    assertThat(naestved.areaIds()).as("4700 spans many areas").hasSizeGreaterThan(5);
  }

  @Test
  void refusesAnAreaOfUnknownParishes() {
    assertThatThrownBy(() -> areas.unionOfParishes(Set.of("7516", "0001")))
        .isInstanceOfSatisfying(
            InvalidGeometry.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("geometry.unknown-parish");
              assertThat(e.arguments()).containsExactly("0001");
            });
  }

  @Autowired Parishes parishes;

  private Geometry parishBoundary(String code) throws InvalidGeometry {
    return AreaGeometry.read(parishes.findById(code).orElseThrow().getBoundary());
  }
}
