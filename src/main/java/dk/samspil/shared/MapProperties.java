package dk.samspil.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How maps are drawn. The tile layer is optional: area polygons are drawn without it.
 *
 * @param tiles the background tile layer
 * @param dataAttribution the attribution the boundary data requires on every map
 */
@ConfigurationProperties("samspil.map")
public record MapProperties(Tiles tiles, String dataAttribution) {

  /**
   * @param enabled whether to load background tiles at all
   * @param url the tile URL template, e.g. OpenStreetMap's
   * @param attribution the HTML attribution the tile provider requires
   * @param maxZoom the highest zoom level the provider serves
   */
  public record Tiles(boolean enabled, String url, String attribution, int maxZoom) {}
}
