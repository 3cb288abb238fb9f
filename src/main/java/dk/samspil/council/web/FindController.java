package dk.samspil.council.web;

import dk.samspil.area.AreaManagement;
import dk.samspil.area.PlaceMatch;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * „Find dit lokalområde“: by a typed name or postal code (works without JavaScript), or by a point
 * that a map click or the browser's location sends as {@code lat} and {@code lon}.
 */
@Controller
class FindController {

  static final int MAX_QUERY_LENGTH = 100;

  private final AreaManagement areas;
  private final Directory directory;

  FindController(AreaManagement areas, Directory directory) {
    this.areas = areas;
    this.directory = directory;
  }

  @GetMapping("/find-dit-lokalomraade")
  String find(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "lat", required = false) String latitude,
      @RequestParam(name = "lon", required = false) String longitude,
      Model model) {
    String trimmed = query == null ? null : query.strip();
    boolean tooLong = trimmed != null && trimmed.length() > MAX_QUERY_LENGTH;
    Map<Long, AreaListing> listings = null;
    List<Pages.Found> found = List.of();
    if (trimmed != null && !trimmed.isEmpty() && !tooLong) {
      listings = listingsById();
      found = found(areas.findPlaces(trimmed), listings);
    }
    Pages.Point point = null;
    if (latitude != null || longitude != null) {
      point = point(latitude, longitude, listings != null ? listings : listingsById());
    }
    model.addAttribute("page", new Pages.Find(trimmed, tooLong, found, point));
    return "council/find";
  }

  private Map<Long, AreaListing> listingsById() {
    return directory.listings().stream()
        .collect(Collectors.toMap(l -> l.area().getId(), Function.identity()));
  }

  private static List<Pages.Found> found(
      List<PlaceMatch> matches, Map<Long, AreaListing> listings) {
    return matches.stream()
        .map(
            match ->
                new Pages.Found(
                    match,
                    match.areaIds().stream().map(listings::get).filter(Objects::nonNull).toList()))
        .toList();
  }

  private Pages.Point point(String latitude, String longitude, Map<Long, AreaListing> listings) {
    Double lat = parse(latitude);
    Double lon = parse(longitude);
    if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return new Pages.Point(lat, lon, null, true);
    }
    AreaListing listing =
        areas.areaAt(lat, lon).map(area -> listings.get(area.getId())).orElse(null);
    return new Pages.Point(lat, lon, listing, false);
  }

  private static Double parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(value.strip());
      return Double.isFinite(number) ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
