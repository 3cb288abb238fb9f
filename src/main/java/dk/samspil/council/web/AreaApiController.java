package dk.samspil.council.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.shared.BadApiRequest;
import dk.samspil.shared.JsonApi;
import dk.samspil.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Open data: the areas as GeoJSON, each with its council, and point lookup. */
@RestController
@JsonApi
@RequestMapping(
    path = "/api/v1/areas",
    produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
class AreaApiController {

  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final Directory directory;
  private final AreaManagement areas;
  private final JsonMapper json;

  AreaApiController(Directory directory, AreaManagement areas, JsonMapper json) {
    this.directory = directory;
    this.areas = areas;
    this.json = json;
  }

  @GetMapping
  ResponseEntity<JsonNode> all() {
    ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    directory.listings().forEach(listing -> features.add(feature(listing)));
    return geoJson(collection);
  }

  @GetMapping("/{slug}")
  ResponseEntity<JsonNode> one(@PathVariable String slug) {
    return geoJson(feature(directory.listing(areas.area(slug))));
  }

  @GetMapping("/lookup")
  ResponseEntity<JsonNode> lookup(@RequestParam double lat, @RequestParam double lon) {
    if (!Double.isFinite(lat) || Math.abs(lat) > 90) {
      throw new BadApiRequest("api.error.latitude-range");
    }
    if (!Double.isFinite(lon) || Math.abs(lon) > 180) {
      throw new BadApiRequest("api.error.longitude-range");
    }
    Area area = areas.areaAt(lat, lon).orElseThrow(PointOutside::new);
    return geoJson(feature(directory.listing(area)));
  }

  private ObjectNode feature(AreaListing listing) {
    Area area = listing.area();
    ObjectNode feature = json.createObjectNode().put("type", "Feature").put("id", area.getSlug());
    ObjectNode properties = feature.putObject("properties");
    properties.put("slug", area.getSlug());
    properties.put("name", area.getName());
    properties.put("character", area.getCharacter().apiValue());
    ArrayNode parishes = properties.putArray("parishes");
    area.getParishCodes().stream().sorted().forEach(parishes::add);
    Council council = listing.council();
    if (council == null) {
      properties.putNull("council");
    } else {
      properties
          .putObject("council")
          .put("slug", council.getSlug())
          .put("name", council.getName())
          .put("status", council.getStatus().apiValue());
    }
    feature.set("geometry", json.readTree(area.getDisplayBoundary()));
    return feature;
  }

  private static ResponseEntity<JsonNode> geoJson(JsonNode body) {
    return ResponseEntity.ok().contentType(GEO_JSON).body(body);
  }

  /** The point lies in no area of the municipality. */
  static class PointOutside extends NotFoundException {
    PointOutside() {
      super("api.error.outside");
    }
  }
}
