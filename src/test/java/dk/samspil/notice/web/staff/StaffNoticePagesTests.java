package dk.samspil.notice.web.staff;

import static dk.samspil.involvement.InvolvementMother.unique;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.notice.NoticeManagement;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Notices (orienteringer) from the staff side. */
@SamspilTest
class StaffNoticePagesTests {

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired InvolvementMother mother;
  @Autowired NoticeManagement notices;

  Authentication staff() {
    return personas.authentication(Persona.MEDARBEJDER);
  }

  @Test
  void keepsTheTextAndAsksForRecipientsWhenNoneAreChosen() throws Exception {
    String page =
        mvc.perform(
                post("/medarbejder/orienteringer")
                    .with(csrf())
                    .with(authentication(staff()))
                    .param("titel", "Ny busrute")
                    .param("tekst", "Rute 12 kører nu *også* om søndagen.")
                    .param("center", String.valueOf(mother.departmentId())))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page)
        .contains("Vælg mindst ét lokalområde eller lokalråd.")
        .contains("Rute 12 kører nu *også* om søndagen.</textarea>")
        .contains("value=\"Ny busrute\"");
  }

  @Test
  void sendsANoticeToTheCouncilsOfTheAreasAndTheChosenCouncils() throws Exception {
    String title = unique("Ny busrute");

    mvc.perform(
            post("/medarbejder/orienteringer")
                .with(csrf())
                .with(authentication(staff()))
                .param("titel", title)
                .param("tekst", "Rute 12 kører nu også om søndagen.")
                .param("center", String.valueOf(mother.departmentId()))
                .param("omraader", String.valueOf(mother.areaId("fensmark")))
                .param("raad", String.valueOf(mother.councilId("glumsoe"))))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("notice.sent"));

    assertThat(mother.recipientsOfMailsAbout("Orientering: " + title))
        .contains("fensmark@lokalraad.example", "glumsoe@lokalraad.example")
        .doesNotContain("tappernoeje@lokalraad.example");
    assertThat(
            mvc.perform(get("/medarbejder/orienteringer").with(authentication(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains(title)
        .contains("Fensmark; Glumsø og Omegns Lokalråd");
  }

  @Test
  void showsTheFormWithTheOwnDepartmentChosen() throws Exception {
    assertThat(
            mvc.perform(get("/medarbejder/orienteringer/ny").with(authentication(staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("value=\"" + mother.departmentId() + "\" selected")
        .contains("name=\"temaer\" value=\"" + mother.themeId("trafik") + "\"");
  }

  @Test
  void refusesAThemeTheFormDoesNotOfferAndKeepsWhatWasChosen() throws Exception {
    long trafik = mother.themeId("trafik");
    String page =
        mvc.perform(
                post("/medarbejder/orienteringer")
                    .with(csrf())
                    .with(authentication(staff()))
                    .param("titel", "Ny busrute")
                    .param("tekst", "Rute 12 kører nu også om søndagen.")
                    .param("center", String.valueOf(mother.departmentId()))
                    .param("omraader", String.valueOf(mother.areaId("fensmark")))
                    .param("temaer", String.valueOf(trafik), "999999999"))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page)
        .contains("Vælg en af mulighederne.")
        .contains("name=\"temaer\" value=\"" + trafik + "\" checked")
        .contains("Rute 12 kører nu også om søndagen.</textarea>");
  }

  @Test
  void publishesANoticeWithItsThemes() throws Exception {
    String title = unique("Nye p-pladser");

    mvc.perform(
            post("/medarbejder/orienteringer")
                .with(csrf())
                .with(authentication(staff()))
                .param("titel", title)
                .param("tekst", "Der kommer tyve nye p-pladser ved stationen.")
                .param("center", String.valueOf(mother.departmentId()))
                .param("omraader", String.valueOf(mother.areaId("fensmark")))
                .param("temaer", String.valueOf(mother.themeId("trafik"))))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("notice.sent"));

    assertThat(
            notices.notices(null, mother.themeId("trafik"), 0, 50).getContent().stream()
                .filter(notice -> notice.getTitle().equals(title))
                .findFirst())
        .hasValueSatisfying(
            notice -> assertThat(notice.getThemeIds()).containsExactly(mother.themeId("trafik")));
  }
}
