package dk.samspil.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SamspilTest
class OpenDataApiTests {

  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  @Autowired MockMvc mvc;

  @Test
  void servesEveryAreaAsAGeoJsonFeatureWithItsCouncil() throws Exception {
    mvc.perform(get("/api/v1/areas"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(GEO_JSON))
        .andExpect(jsonPath("$.type").value("FeatureCollection"))
        .andExpect(jsonPath("$.features", hasSize(19)))
        .andExpect(jsonPath("$.features[*].type", everyItem(is("Feature"))))
        .andExpect(
            jsonPath(
                "$.features[*].geometry.type", everyItem(in(List.of("Polygon", "MultiPolygon")))))
        .andExpect(jsonPath("$.features[?(@.properties.council == null)]", hasSize(5)))
        .andExpect(
            jsonPath(
                "$.features[?(@.properties.slug == 'fladsaa')].properties.parishes[*]",
                containsInAnyOrder("7502", "7503", "7505", "7506")))
        .andExpect(
            jsonPath(
                "$.features[?(@.properties.slug == 'fladsaa')].properties.character",
                hasItem("land")))
        .andExpect(
            jsonPath(
                "$.features[?(@.properties.slug == 'fladsaa')].properties.council.status",
                hasItem("aktiv")));
  }

  @Test
  void windsEveryOuterRingCounterClockwiseAndEveryHoleClockwiseAsRfc7946Asks() throws Exception {
    String body =
        mvc.perform(get("/api/v1/areas"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    var features = JsonMapper.builder().build().readTree(body).path("features");
    int rings = 0;
    for (var feature : features) {
      var geometry = feature.path("geometry");
      var polygons =
          "Polygon".equals(geometry.path("type").asString())
              ? List.of(geometry.path("coordinates"))
              : geometry.path("coordinates").valueStream().toList();
      for (var polygon : polygons) {
        for (int r = 0; r < polygon.size(); r++) {
          boolean outer = r == 0;
          assertThat(signedArea(polygon.get(r)) > 0)
              .as("%s ring %d counter-clockwise", feature.path("id").asString(), r)
              .isEqualTo(outer);
          rings++;
        }
      }
    }
    assertThat(rings).isGreaterThanOrEqualTo(19);
  }

  /** Twice the signed area of a ring by the shoelace formula: positive when counter-clockwise. */
  private static double signedArea(JsonNode ring) {
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      sum +=
          ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
              - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return sum;
  }

  @Test
  void servesOneArea() throws Exception {
    mvc.perform(get("/api/v1/areas/herlufsholm"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(GEO_JSON))
        .andExpect(jsonPath("$.type").value("Feature"))
        .andExpect(jsonPath("$.properties.name").value("Herlufsholm"))
        .andExpect(jsonPath("$.properties.character").value("by"))
        .andExpect(jsonPath("$.properties.council").value(nullValue()))
        .andExpect(jsonPath("$.geometry.coordinates").value(notNullValue()));
  }

  @Test
  void answersAnUnknownAreaWithJson404() throws Exception {
    mvc.perform(get("/api/v1/areas/atlantis"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.message", containsString("atlantis")));
  }

  @Test
  void looksUpTheAreaOfAPoint() throws Exception {
    mvc.perform(get("/api/v1/areas/lookup").param("lat", "55.3505").param("lon", "11.6936"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(GEO_JSON))
        .andExpect(jsonPath("$.properties.slug").value("glumsoe"))
        .andExpect(jsonPath("$.properties.council.slug").value("glumsoe"));
  }

  @Test
  void answersAPointOutsideTheMunicipalityWithJson404() throws Exception {
    mvc.perform(get("/api/v1/areas/lookup").param("lat", "55.6761").param("lon", "12.5683"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.message", containsString("ligger ikke i noget lokalområde")));
  }

  @Test
  void namesTheProblemWithMissingOrInvalidCoordinates() throws Exception {
    mvc.perform(get("/api/v1/areas/lookup").param("lat", "55.3"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.message", containsString("„lon“ mangler")));
    mvc.perform(get("/api/v1/areas/lookup").param("lat", "nord").param("lon", "11.7"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("„lat“ skal være et tal")));
    mvc.perform(get("/api/v1/areas/lookup").param("lat", "95").param("lon", "11.7"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("mellem -90 og 90")));
    mvc.perform(get("/api/v1/areas/lookup").param("lat", "55").param("lon", "NaN"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("mellem -180 og 180")));
  }

  @Test
  void listsTheCouncils() throws Exception {
    mvc.perform(get("/api/v1/councils"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$", hasSize(14)))
        .andExpect(jsonPath("$[?(@.slug == 'fensmark')].name").value(hasItem("Fensmark Lokalråd")))
        .andExpect(jsonPath("$[?(@.slug == 'fensmark')].status").value(hasItem("aktiv")))
        .andExpect(jsonPath("$[?(@.slug == 'fensmark')].area").value(hasItem("fensmark")))
        .andExpect(
            jsonPath("$[?(@.slug == 'fensmark')].website")
                .value(hasItem("https://maerkfensmark.dk")))
        .andExpect(
            jsonPath("$[?(@.slug == 'fensmark')].publicEmail")
                .value(hasItem("fensmark@lokalraad.example")))
        .andExpect(jsonPath("$[?(@.slug == 'fensmark')].themes[*]").value(hasItem("trafik")));
  }

  @Test
  void letsAnyWebsiteReadTheApi() throws Exception {
    mvc.perform(get("/api/v1/areas").header(HttpHeaders.ORIGIN, "https://example.org"))
        .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
    mvc.perform(
            options("/api/v1/councils")
                .header(HttpHeaders.ORIGIN, "https://example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
    mvc.perform(
            options("/api/v1/councils")
                .header(HttpHeaders.ORIGIN, "https://example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE"))
        .andExpect(status().isForbidden());
  }
}
