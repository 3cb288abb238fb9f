package dk.samspil.involvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.area.Area;
import dk.samspil.area.AreaAdministration;
import dk.samspil.area.AreaCharacter;
import dk.samspil.area.AreaDraft;
import dk.samspil.area.TestGeography;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilAdministration;
import dk.samspil.council.CouncilRegistration;
import dk.samspil.council.CouncilStatus;
import dk.samspil.involvement.AnswerManagement;
import dk.samspil.involvement.InvolvementFixtures;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessType;
import dk.samspil.shared.Act;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a council contributed stays on record when it closes down (nedlagt): the public process
 * page, the open-data API and the staff's process page show its contribution, marked as closed
 * down.
 */
@SamspilTest
class ClosedDownCouncilTests {

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired InvolvementFixtures fixtures;
  @Autowired ProcessManagement processes;
  @Autowired ProcessQueries queries;
  @Autowired AnswerManagement answers;
  @Autowired AreaAdministration areaAdministration;
  @Autowired CouncilAdministration councilAdministration;
  @Autowired TestGeography geography;
  @Autowired JdbcClient jdbc;

  String parish;
  Area area;
  Council council;
  Long processId;
  String contribution;

  /** A council in an area of its own contributes to a process, and then closes down. */
  @BeforeEach
  void contributeAndCloseDown() throws Exception {
    parish = geography.freeParish();
    String slug = "zz-nedlagt-" + UUID.randomUUID().toString().substring(0, 8);
    area =
        areaAdministration.createArea(
            new AreaDraft(slug, "Prøveområde " + slug, AreaCharacter.LAND, null, Set.of(parish)));
    council =
        councilAdministration.registerCouncil(
            slug,
            CouncilStatus.AKTIV,
            new CouncilRegistration(
                "Prøveråd " + slug, area.getId(), null, null, null, null, null));
    InvolvementProcess process =
        fixtures.draft(
            InvolvementFixtures.uniqueTitle("Nedlagt råd"),
            ProcessType.HANDLEPLAN,
            Set.of(area.getId()),
            Set.of());
    processId = process.getId();
    processes.publish(processId, Set.of(council.getId()), Act.by(null));
    contribution = "Prøverådets bidrag " + slug;
    answers.send(
        queries.invitationFor(processId, council.getId()).getId(),
        contribution,
        0,
        true,
        Act.by(null));
    councilAdministration.changeStatus(slug, CouncilStatus.NEDLAGT);
  }

  @AfterEach
  void removeWhatTheTestCreated() {
    jdbc.sql("delete from involvement_process where id = ?").param(processId).update();
    geography.removeArea(area.getSlug());
    geography.removeParish(parish);
  }

  String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheContributionOnThePublicProcessPageMarkedAsClosedDown() throws Exception {
    assertThat(page(get("/inddragelser/" + processId)))
        .contains(council.getName(), contribution)
        .contains("Nedlagt");
  }

  @Test
  void keepsTheContributionInTheOpenData() throws Exception {
    assertThat(page(get("/api/v1/processes/" + processId)))
        .contains("\"slug\":\"" + council.getSlug() + "\"")
        .contains("\"councilStatus\":\"nedlagt\"")
        .contains(contribution);
  }

  @Test
  void showsTheContributionOnTheStaffProcessPageMarkedAsClosedDown() throws Exception {
    assertThat(
            page(
                get("/medarbejder/inddragelser/" + processId)
                    .with(authentication(personas.authentication(Persona.MEDARBEJDER)))))
        .contains(council.getName(), contribution)
        .contains("Nedlagt");
  }
}
