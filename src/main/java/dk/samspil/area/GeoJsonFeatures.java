package dk.samspil.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a GeoJSON FeatureCollection into its features' properties and geometries. */
public final class GeoJsonFeatures {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One feature: its properties as plain values and its geometry. */
  public record Feature(Map<String, Object> properties, Geometry geometry) {

    public String property(String name) {
      Object value = properties.get(name);
      return value == null ? null : value.toString();
    }
  }

  private GeoJsonFeatures() {}

  /**
   * Reads every feature of a FeatureCollection.
   *
   * @throws InvalidGeometry if the text is not a FeatureCollection or a geometry cannot be read
   */
  @SuppressWarnings("unchecked")
  public static List<Feature> read(String geoJson) throws InvalidGeometry {
    JsonNode root;
    try {
      root = JSON.readTree(geoJson);
    } catch (JacksonException e) {
      throw new InvalidGeometry("geometry.not-json");
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
      throw new InvalidGeometry("geometry.not-feature-collection");
    }
    List<Feature> features = new ArrayList<>();
    for (JsonNode feature : root.path("features")) {
      Map<String, Object> properties =
          feature.path("properties").isObject()
              ? JSON.convertValue(feature.path("properties"), Map.class)
              : Map.of();
      Geometry geometry = AreaGeometry.read(JSON.writeValueAsString(feature.path("geometry")));
      features.add(new Feature(properties, geometry));
    }
    return features;
  }
}
