package dk.samspil.involvement.web.staff;

import static dk.samspil.involvement.InvolvementMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The municipality's answer: feedback, hiding, status, outcome; and the overview. */
@SamspilTest
class StaffAnswerPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired ProcessQueries queries;
  @Autowired InvolvementMother mother;
  @Autowired JdbcClient jdbc;

  Authentication staff() {
    return personas.authentication(Persona.MEDARBEJDER);
  }

  LocalDate today() {
    return queries.today();
  }

  MockHttpServletRequestBuilder staffPost(String path) {
    return post(path).with(csrf()).with(authentication(staff()));
  }

  String html(String path, Authentication who) throws Exception {
    return mvc.perform(get(path).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheAnswersAndTakesAProcessFromFeedbackToClosed() throws Exception {
    String title = unique("Trafikplan");
    InvolvementProcess process =
        mother.open(title, today().plusWeeks(6), "fensmark", "tappernoeje");
    Invitation contribution = mother.contribute(process, "fensmark", "Vi ønsker en cykelsti.");
    mother.decline(process, "tappernoeje", "Vi har ikke et møde i perioden.");
    String base = "/medarbejder/inddragelser/" + process.getId();

    assertThat(html(base, staff()))
        .contains("2 af 2 inviterede lokalråd har svaret (100 %)")
        .contains("Vi ønsker en cykelsti.")
        .contains("Lokalrådet har takket nej: Vi har ikke et møde i perioden.")
        .contains("Luk for bidrag");

    mvc.perform(staffPost(base + "/status").param("til", "UNDER_BEHANDLING"))
        .andExpect(status().is3xxRedirection());
    assertThat(queries.process(process.getId()).getStatus())
        .isEqualTo(ProcessStatus.UNDER_BEHANDLING);

    // a feedback without a verdict is refused, and what was typed stays
    String refused =
        body(
            mvc.perform(
                    staffPost(base + "/bidrag/" + contribution.getId() + "/tilbagemelding")
                        .param("begrundelse", "Cykelstien kommer med i planen."))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse());
    assertThat(refused)
        .contains("Vælg, hvordan bidraget er brugt.")
        .contains("Cykelstien kommer med i planen.</textarea>");

    mvc.perform(
            staffPost(base + "/bidrag/" + contribution.getId() + "/tilbagemelding")
                .param("vurdering", "DELVIST_ANVENDT")
                .param("begrundelse", "Cykelstien kommer med i planen."))
        .andExpect(status().is3xxRedirection());
    Invitation withFeedback = queries.invitation(contribution.getId());
    assertThat(withFeedback.getFeedbackVerdict()).isEqualTo(FeedbackVerdict.DELVIST_ANVENDT);
    assertThat(withFeedback.getFeedbackText()).isEqualTo("Cykelstien kommer med i planen.");
    assertThat(mother.recipientsOfMailsAbout("Tilbagemelding på jeres bidrag: " + title))
        .contains("fensmark@lokalraad.example");

    // the outcome needs a decision and a date; a bad minutes address is refused
    String incomplete =
        body(
            mvc.perform(
                    staffPost(base + "/resultat")
                        .param("beslutning", "")
                        .param("dato", "")
                        .param("referat", "javascript:alert(1)"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse());
    assertThat(incomplete)
        .contains("Skriv beslutningen.")
        .contains("Skriv datoen for beslutningen.")
        .contains("Skriv en hel webadresse");

    mvc.perform(
            staffPost(base + "/resultat")
                .param("beslutning", "Teknik- og Klimaudvalget vedtog planen.")
                .param("dato", today().toString())
                .param("referat", "https://naestved.dk/referat/123"))
        .andExpect(status().is3xxRedirection());
    InvolvementProcess decided = queries.process(process.getId());
    assertThat(decided.getStatus()).isEqualTo(ProcessStatus.AFGJORT);
    assertThat(decided.getOutcomeText()).isEqualTo("Teknik- og Klimaudvalget vedtog planen.");
    assertThat(decided.getOutcomeMinutesUrl()).isEqualTo("https://naestved.dk/referat/123");
    assertThat(mother.recipientsOfMailsAbout("Resultatet af " + title))
        .contains("fensmark@lokalraad.example", "tappernoeje@lokalraad.example");

    mvc.perform(staffPost(base + "/status").param("til", "LUKKET"))
        .andExpect(status().is3xxRedirection());
    assertThat(queries.process(process.getId()).getStatus()).isEqualTo(ProcessStatus.LUKKET);
  }

  @Test
  void refusesATransitionTheProcessCannotMake() throws Exception {
    InvolvementProcess process = mother.open(unique("Åben"), today().plusWeeks(6), "fensmark");

    String page =
        body(
            mvc.perform(
                    staffPost("/medarbejder/inddragelser/" + process.getId() + "/status")
                        .param("til", "LUKKET"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse());

    assertThat(page).contains("Det kan ikke lade sig gøre i processens nuværende status.");
    assertThat(queries.process(process.getId()).getStatus()).isEqualTo(ProcessStatus.AABEN);
  }

  @Test
  void hidesAContributionWithAReasonThatTheAuditLogKeeps() throws Exception {
    InvolvementProcess process =
        mother.open(unique("Skjult bidrag"), today().plusWeeks(6), "fensmark");
    Invitation contribution =
        mother.contribute(process, "fensmark", "Kontakt Jens på 12345678 om sagen.");
    String path =
        "/medarbejder/inddragelser/"
            + process.getId()
            + "/bidrag/"
            + contribution.getId()
            + "/skjul";

    assertThat(
            body(mvc.perform(staffPost(path).param("begrundelse", " ")).andReturn().getResponse()))
        .contains("Skriv, hvorfor bidraget skjules.");

    mvc.perform(staffPost(path).param("begrundelse", "Indeholder et telefonnummer"))
        .andExpect(status().is3xxRedirection());

    Invitation hidden = queries.invitation(contribution.getId());
    assertThat(hidden.getHiddenReason()).isEqualTo("Indeholder et telefonnummer");
    assertThat(hidden.isPubliclyVisible()).isFalse();
    String audit =
        jdbc.sql(
                "select after_data::text from audit_entry where entity_type = 'contribution'"
                    + " and action = 'hidden' and entity_id = ?")
            .param(String.valueOf(contribution.getId()))
            .query(String.class)
            .single();
    assertThat(audit).contains("Indeholder et telefonnummer");
    assertThat(html("/medarbejder/inddragelser/" + process.getId(), staff()))
        .contains("Skjult for offentligheden")
        .contains("Begrundelse: Indeholder et telefonnummer");
  }

  @Test
  void refusesFeedbackOnAnInvitationOfAnotherProcess() throws Exception {
    InvolvementProcess one = mother.open(unique("Én"), today().plusWeeks(6), "fensmark");
    InvolvementProcess other = mother.open(unique("Anden"), today().plusWeeks(6), "fensmark");
    Invitation contribution = mother.contribute(other, "fensmark", "Bidrag");

    mvc.perform(
            staffPost(
                    "/medarbejder/inddragelser/"
                        + one.getId()
                        + "/bidrag/"
                        + contribution.getId()
                        + "/tilbagemelding")
                .param("vurdering", "ANVENDT")
                .param("begrundelse", "Tak"))
        .andExpect(status().isNotFound());
    assertThat(queries.invitation(contribution.getId()).getFeedbackVerdict()).isNull();
  }

  @Test
  void extendsTheDeadlineOfAnOpenProcessAndTellsTheCouncils() throws Exception {
    String title = unique("Forlænget");
    InvolvementProcess process = mother.open(title, today().plusWeeks(6), "fensmark");
    String base = "/medarbejder/inddragelser/" + process.getId();

    assertThat(
            body(
                mvc.perform(staffPost(base + "/frist").param("frist", today().toString()))
                    .andExpect(status().is(422))
                    .andReturn()
                    .getResponse()))
        .contains("Den nye frist skal ligge efter den nuværende og efter i dag.");

    mvc.perform(staffPost(base + "/frist").param("frist", today().plusWeeks(8).toString()))
        .andExpect(status().is3xxRedirection());

    assertThat(queries.process(process.getId()).getDeadline()).isEqualTo(today().plusWeeks(8));
    assertThat(mother.recipientsOfMailsAbout("Ny frist: " + title))
        .contains("fensmark@lokalraad.example");
  }

  @Test
  void overviewShowsAnswerRatesAndFlagsFeedbackOverdueFourWeeksAfterTheDeadline() throws Exception {
    String title = unique("Forsinket tilbagemelding");
    InvolvementProcess process =
        mother.open(title, today().plusWeeks(6), "fensmark", "tappernoeje");
    mother.contribute(process, "fensmark", "Vores bidrag");
    mother.setDeadline(process, today().minusWeeks(5));
    String onTimeTitle = unique("Til tiden");
    InvolvementProcess onTime = mother.open(onTimeTitle, today().plusWeeks(6), "fensmark");
    mother.contribute(onTime, "fensmark", "Bidrag til tiden");

    String overview = html("/medarbejder/overblik", staff());

    assertThat(overview)
        .contains("Bidrag uden tilbagemelding fire uger efter fristen")
        .contains(title)
        .contains("1 af 2 (50 %)")
        .contains("href=\"/medarbejder/inddragelser/" + process.getId() + "\"");
    String overdueTable = overview.substring(0, overview.indexOf("Offentliggjorte inddragelser"));
    assertThat(overdueTable).contains(title).doesNotContain(onTimeTitle);
  }

  @Test
  void deniesCitizensCouncilMembersAndAnonymousPeople() throws Exception {
    for (Persona persona : new Persona[] {Persona.CITIZEN, Persona.MEMBER_A, Persona.CHAIR_A}) {
      Authentication who = personas.authentication(persona);
      mvc.perform(get("/medarbejder/overblik").with(authentication(who)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/medarbejder/inddragelser/ny").with(authentication(who)))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/medarbejder/inddragelser")
                  .with(csrf())
                  .with(authentication(who))
                  .param("titel", "Må ikke"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/medarbejder/overblik"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
  }
}
