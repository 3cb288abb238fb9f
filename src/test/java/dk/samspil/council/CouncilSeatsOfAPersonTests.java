package dk.samspil.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SamspilTest
class CouncilSeatsOfAPersonTests {

  @Autowired MockMvc mvc;
  @Autowired Personas personas;

  String body(String path) throws Exception {
    return mvc.perform(
            get(path).with(authentication(personas.authentication(Personas.Persona.CHAIR_A))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheSeatsOnTheProfileAndInThePersonalData() throws Exception {
    assertThat(body("/profil")).contains("Formand i Fensmark Lokalråd");
    assertThat(body("/profil/data.json"))
        .contains("\"councilSeats\"")
        .containsPattern("\"council\"\\s*:\\s*\"Fensmark Lokalråd\"")
        .containsPattern("\"position\"\\s*:\\s*\"FORMAND\"");
  }
}
