package dk.samspil.proposal;

import dk.samspil.council.CouncilStatus;
import java.util.List;
import java.util.Optional;

/**
 * Which area a proposal's place lies in, and so who receives it: the area's council when it speaks
 * for the area (active or under establishment), otherwise the area's contact person, who handles it
 * as the council would. A place outside the municipality has no area and is refused.
 */
public final class PlaceRouting {

  /** How the citizen gave the place. */
  public enum Way {
    /** Picked on the map: a point. */
    KORT,
    /** Typed: an address, a town or a postal number, looked up in the gazetteer. */
    ADRESSE,
    /** The whole area, chosen from the list. */
    OMRAADE
  }

  /** What the routing needs to know of the municipality's geography and councils. */
  public interface Geography {

    /** The area the point lies in, if any. */
    Optional<Long> areaAt(double latitude, double longitude);

    /** The areas of the places matching a typed text, best first, each once. */
    List<Long> areasOfPlace(String text);

    boolean areaExists(Long areaId);

    /** The area's living (not closed-down) council, if it has one. */
    Optional<AreaCouncil> councilOf(Long areaId);
  }

  /** An area's council: its id and where it is in its life. */
  public record AreaCouncil(Long id, CouncilStatus status) {}

  /** The place as given; fields that do not belong to its way are ignored. */
  public record Place(Way way, Double latitude, Double longitude, String text, Long chosenAreaId) {}

  /** The outcome of routing a place. */
  public sealed interface Outcome {}

  /** Received by {@code councilId}, or, when it is null, by the area's contact person. */
  public record Routed(Long areaId, Long councilId) implements Outcome {

    public boolean hasCouncil() {
      return councilId != null;
    }
  }

  /** The place lies outside the municipality (no area), or a typed place is not known. */
  public record Outside() implements Outcome {}

  /** The typed place lies in several areas: the citizen chooses one of them. */
  public record Ambiguous(List<Long> areaIds) implements Outcome {}

  /** The way's data is missing: no point picked, nothing typed, or no area chosen. */
  public record Missing() implements Outcome {}

  private PlaceRouting() {}

  public static Outcome route(Place place, Geography geography) {
    if (place.way() == null) {
      return new Missing();
    }
    return switch (place.way()) {
      case KORT -> point(place, geography);
      case ADRESSE -> typed(place, geography);
      case OMRAADE ->
          place.chosenAreaId() == null
              ? new Missing()
              : geography.areaExists(place.chosenAreaId())
                  ? routed(place.chosenAreaId(), geography)
                  : new Missing();
    };
  }

  private static Outcome point(Place place, Geography geography) {
    Double lat = place.latitude();
    Double lon = place.longitude();
    if (lat == null
        || lon == null
        || !Double.isFinite(lat)
        || !Double.isFinite(lon)
        || Math.abs(lat) > 90
        || Math.abs(lon) > 180) {
      return new Missing();
    }
    return geography
        .areaAt(lat, lon)
        .map(areaId -> (Outcome) routed(areaId, geography))
        .orElseGet(Outside::new);
  }

  private static Outcome typed(Place place, Geography geography) {
    if (place.text() == null || place.text().isBlank()) {
      return new Missing();
    }
    List<Long> areas = geography.areasOfPlace(place.text().strip());
    if (areas.isEmpty()) {
      return new Outside();
    }
    if (areas.size() == 1) {
      return routed(areas.get(0), geography);
    }
    if (place.chosenAreaId() != null && areas.contains(place.chosenAreaId())) {
      return routed(place.chosenAreaId(), geography);
    }
    return new Ambiguous(List.copyOf(areas));
  }

  private static Routed routed(Long areaId, Geography geography) {
    return new Routed(
        areaId,
        geography
            .councilOf(areaId)
            .filter(council -> council.status().isRepresenting())
            .map(AreaCouncil::id)
            .orElse(null));
  }
}
