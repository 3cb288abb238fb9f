package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.area.AreaCharacter;
import dk.samspil.council.CouncilStatus;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import dk.samspil.proposal.ProposalKind;
import dk.samspil.proposal.ProposalState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-kept OpenAPI description says what the API's endpoints really are. */
@SamspilTest
class OpenApiDescriptionTests {

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  JsonNode document;

  @BeforeEach
  void read() throws Exception {
    String body =
        mvc.perform(get("/api/v1/openapi.json"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    document = JsonMapper.builder().build().readTree(body);
  }

  @Test
  void describesExactlyTheEndpointsUnderApiV1() {
    Set<String> served = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(path -> path.startsWith("/api/"))
                    .forEach(
                        path ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(
                                    method ->
                                        served.add(
                                            method.name().toLowerCase(Locale.ROOT) + " " + path))));
    Set<String> described = new TreeSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .propertyNames()
                    .forEach(method -> described.add(method + " " + path.getKey())));

    assertThat(served).isNotEmpty();
    assertThat(described).isEqualTo(served);
  }

  @Test
  void namesTheValuesTheApiWrites() {
    JsonNode schemas = document.path("components").path("schemas");
    assertThat(values(schemas.path("CouncilStatus").path("enum")))
        .isEqualTo(Arrays.stream(CouncilStatus.values()).map(CouncilStatus::apiValue).toList());
    assertThat(values(schemas.path("Process").path("properties").path("type").path("enum")))
        .isEqualTo(Arrays.stream(ProcessType.values()).map(ProcessType::apiValue).toList());
    assertThat(values(schemas.path("Process").path("properties").path("status").path("enum")))
        .isEqualTo(
            Arrays.stream(ProcessStatus.values())
                .filter(ProcessStatus::isPublic)
                .map(ProcessStatus::apiValue)
                .toList());
    assertThat(values(schemas.path("ProposalState").path("enum")))
        .isEqualTo(
            Arrays.stream(ProposalState.values())
                .filter(ProposalState::isConfirmed)
                .map(state -> state.name().toLowerCase(Locale.ROOT))
                .toList());
    assertThat(values(schemas.path("ProposalKind").path("enum")))
        .isEqualTo(
            Arrays.stream(ProposalKind.values())
                .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                .toList());
    assertThat(
            values(
                schemas
                    .path("Area")
                    .path("properties")
                    .path("properties")
                    .path("properties")
                    .path("character")
                    .path("enum")))
        .isEqualTo(Arrays.stream(AreaCharacter.values()).map(AreaCharacter::apiValue).toList());
  }

  @Test
  void statesTheDataLicenceAndTheBoundariesAttribution() {
    assertThat(document.path("openapi").asString()).startsWith("3.1");
    assertThat(document.path("info").path("license").path("identifier").asString())
        .isEqualTo("CC-BY-4.0");
    assertThat(document.path("info").path("x-data-attribution").asString()).contains("DAGI");
  }

  private static List<String> values(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
