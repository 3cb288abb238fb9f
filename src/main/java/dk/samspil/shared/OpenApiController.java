package dk.samspil.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description of the open-data API, kept by hand in {@code api/openapi.json} beside the
 * code (a test checks it against the endpoints), with the data licence and the attribution the
 * boundaries require.
 */
@RestController
@JsonApi
class OpenApiController {

  private final byte[] description;

  OpenApiController(JsonMapper json, MapProperties map) {
    try (InputStream in = new ClassPathResource("api/openapi.json").getInputStream()) {
      JsonNode document = json.readTree(in);
      ((ObjectNode) document.path("info")).put("x-data-attribution", map.dataAttribution());
      this.description = json.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> description() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(MediaType.APPLICATION_JSON)
        .body(description);
  }
}
