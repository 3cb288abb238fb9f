package dk.samspil.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.council.CouncilStatus;
import dk.samspil.proposal.PlaceRouting.Place;
import dk.samspil.proposal.PlaceRouting.Way;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The place decides the area, and the area's representing council (or none) receives it. */
class PlaceRoutingTests {

  static final long FENSMARK = 1L;
  static final long MIDTBY = 2L;
  static final long DORMANT = 3L;
  static final long FENSMARK_COUNCIL = 11L;
  static final long DORMANT_COUNCIL = 13L;

  /** Fensmark has a council; Midtby has none; the third area's council is dormant. */
  static final PlaceRouting.Geography GEOGRAPHY =
      new PlaceRouting.Geography() {
        @Override
        public Optional<Long> areaAt(double latitude, double longitude) {
          if (latitude > 55.0 && latitude < 55.5 && longitude > 11.0 && longitude < 12.0) {
            return Optional.of(longitude < 11.5 ? FENSMARK : MIDTBY);
          }
          return Optional.empty();
        }

        @Override
        public List<Long> areasOfPlace(String text) {
          return Map.of(
                  "Fensmark", List.of(FENSMARK),
                  "4700", List.of(MIDTBY, FENSMARK),
                  "Sovesby", List.of(DORMANT))
              .getOrDefault(text, List.of());
        }

        @Override
        public boolean areaExists(Long areaId) {
          return areaId == FENSMARK || areaId == MIDTBY || areaId == DORMANT;
        }

        @Override
        public Optional<PlaceRouting.AreaCouncil> councilOf(Long areaId) {
          if (areaId == FENSMARK) {
            return Optional.of(new PlaceRouting.AreaCouncil(FENSMARK_COUNCIL, CouncilStatus.AKTIV));
          }
          if (areaId == DORMANT) {
            return Optional.of(
                new PlaceRouting.AreaCouncil(DORMANT_COUNCIL, CouncilStatus.HVILENDE));
          }
          return Optional.empty();
        }
      };

  static PlaceRouting.Outcome route(Place place) {
    return PlaceRouting.route(place, GEOGRAPHY);
  }

  @Test
  void sendsAPointInAnAreaWithACouncilToThatCouncil() {
    assertThat(route(new Place(Way.KORT, 55.2, 11.2, null, null)))
        .isEqualTo(new PlaceRouting.Routed(FENSMARK, FENSMARK_COUNCIL));
  }

  @Test
  void sendsAPointInAnAreaWithoutACouncilToItsContactPerson() {
    PlaceRouting.Outcome outcome = route(new Place(Way.KORT, 55.2, 11.7, null, null));

    assertThat(outcome).isEqualTo(new PlaceRouting.Routed(MIDTBY, null));
    assertThat(((PlaceRouting.Routed) outcome).hasCouncil()).isFalse();
  }

  @Test
  void refusesAPointOutsideTheMunicipality() {
    assertThat(route(new Place(Way.KORT, 55.6761, 12.5683, null, null)))
        .isInstanceOf(PlaceRouting.Outside.class);
  }

  @Test
  void asksForAPointWhenNoneWasPickedOrItIsNoPlaceOnEarth() {
    assertThat(route(new Place(Way.KORT, null, null, null, null)))
        .isInstanceOf(PlaceRouting.Missing.class);
    assertThat(route(new Place(Way.KORT, 95.0, 11.2, null, null)))
        .isInstanceOf(PlaceRouting.Missing.class);
    assertThat(route(new Place(Way.KORT, Double.NaN, 11.2, null, null)))
        .isInstanceOf(PlaceRouting.Missing.class);
  }

  @Test
  void findsATypedTownInItsArea() {
    assertThat(route(new Place(Way.ADRESSE, null, null, "  Fensmark ", null)))
        .isEqualTo(new PlaceRouting.Routed(FENSMARK, FENSMARK_COUNCIL));
  }

  @Test
  void letsThePersonChooseWhenATypedPlaceLiesInSeveralAreas() {
    assertThat(route(new Place(Way.ADRESSE, null, null, "4700", null)))
        .isEqualTo(new PlaceRouting.Ambiguous(List.of(MIDTBY, FENSMARK)));
    assertThat(route(new Place(Way.ADRESSE, null, null, "4700", FENSMARK)))
        .isEqualTo(new PlaceRouting.Routed(FENSMARK, FENSMARK_COUNCIL));
  }

  @Test
  void doesNotTakeAChosenAreaThePlaceDoesNotLieIn() {
    assertThat(route(new Place(Way.ADRESSE, null, null, "4700", DORMANT)))
        .isInstanceOf(PlaceRouting.Ambiguous.class);
  }

  @Test
  void refusesATypedPlaceItDoesNotKnowAndAsksForOneWhenNothingIsTyped() {
    assertThat(route(new Place(Way.ADRESSE, null, null, "København", null)))
        .isInstanceOf(PlaceRouting.Outside.class);
    assertThat(route(new Place(Way.ADRESSE, null, null, " ", null)))
        .isInstanceOf(PlaceRouting.Missing.class);
  }

  @Test
  void givesTheWholeAreaToItsCouncilOrContactPerson() {
    assertThat(route(new Place(Way.OMRAADE, null, null, null, FENSMARK)))
        .isEqualTo(new PlaceRouting.Routed(FENSMARK, FENSMARK_COUNCIL));
    assertThat(route(new Place(Way.OMRAADE, null, null, null, MIDTBY)))
        .isEqualTo(new PlaceRouting.Routed(MIDTBY, null));
  }

  @Test
  void aDormantCouncilDoesNotReceiveTheContactPersonDoes() {
    assertThat(route(new Place(Way.ADRESSE, null, null, "Sovesby", null)))
        .isEqualTo(new PlaceRouting.Routed(DORMANT, null));
  }

  @Test
  void asksForAnAreaOrAWayWhenNoneIsGivenOrTheAreaIsUnknown() {
    assertThat(route(new Place(Way.OMRAADE, null, null, null, null)))
        .isInstanceOf(PlaceRouting.Missing.class);
    assertThat(route(new Place(Way.OMRAADE, null, null, null, 99L)))
        .isInstanceOf(PlaceRouting.Missing.class);
    assertThat(route(new Place(null, 55.2, 11.2, "Fensmark", FENSMARK)))
        .isInstanceOf(PlaceRouting.Missing.class);
  }
}
