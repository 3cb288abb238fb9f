package dk.samspil.proposal;

import static dk.samspil.proposal.MunicipalityFixtures.uniqueProposer;
import static dk.samspil.proposal.MunicipalityFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.involvement.InvolvementFixtures;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.EventListeners;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The municipality's part of a proposal's path, by the pages: the contact person gives a forwarded
 * proposal to a department, whose employee acknowledges it, answers it in each way, passes it on or
 * marks it as done; no one else may, and a step the proposal no longer allows is refused with its
 * reason.
 */
@SamspilTest
class MunicipalityAnswersTests {

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired MunicipalityFixtures fixtures;
  @Autowired InvolvementFixtures involvement;
  @Autowired ProposalQueries queries;
  @Autowired ProposalRouting routing;
  @Autowired AccountManagement accounts;
  @Autowired OrganisationManagement organisation;
  @Autowired EventListeners listeners;
  @Autowired JdbcClient jdbc;

  Authentication as(Persona persona) {
    return personas.authentication(persona);
  }

  String page(String path, Persona persona) throws Exception {
    return mvc.perform(get(path).with(authentication(as(persona))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  MockHttpServletRequestBuilder postAs(String path, Authentication who) {
    return post(path).with(authentication(who)).with(csrf());
  }

  Proposal proposal(Long id) {
    return queries.proposal(id);
  }

  @Test
  void theContactPersonRoutesItAndTheEmployeeAcknowledgesAnswersYesAndMarksItDone()
      throws Exception {
    String title = uniqueTitle("Fodgængerovergang");
    Proposal proposal = fixtures.forwarded(title, uniqueProposer());
    Long id = proposal.getId();
    Long department = fixtures.employeesDepartment();

    assertThat(page("/kontaktperson/forslag", Persona.KONTAKTPERSON))
        .contains(title)
        .contains("/kontaktperson/forslag/" + id);
    assertThat(page("/kontaktperson/forslag/" + id, Persona.KONTAKTPERSON))
        .contains("Hvilken forvaltning skal svare?")
        .contains("Lokalrådet støtter forslaget")
        .contains("Det er vigtigt for området.");

    mvc.perform(
            postAs("/kontaktperson/forslag/" + id + "/fordel", as(Persona.KONTAKTPERSON))
                .param("forvaltning", String.valueOf(department)))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/kontaktperson/forslag"));
    assertThat(proposal(id).getState()).isEqualTo(ProposalState.HOS_FORVALTNINGEN);
    assertThat(proposal(id).getDepartmentId()).isEqualTo(department);
    assertThat(proposal(id).getAnswerDeadline()).isEqualTo(queriesToday().plusWeeks(8));

    assertThat(page("/medarbejder/forslag", Persona.MEDARBEJDER)).contains(title);
    assertThat(page("/medarbejder/forslag/" + id, Persona.MEDARBEJDER))
        .contains("Kvittér for forslaget")
        .contains("Det er vigtigt for området.")
        .contains("Givet til en forvaltning");

    mvc.perform(
            postAs("/medarbejder/forslag/" + id + "/kvitter", as(Persona.MEDARBEJDER))
                .param("behandler", "Jens Vej"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/medarbejder/forslag/" + id));
    assertThat(proposal(id).getState()).isEqualTo(ProposalState.KVITTERET);
    assertThat(proposal(id).getHandlerName()).isEqualTo("Jens Vej");

    mvc.perform(
            postAs("/medarbejder/forslag/" + id + "/svar", as(Persona.MEDARBEJDER))
                .param("svar", "JA")
                .param("svartekst", "Vi maler overgangen i maj."))
        .andExpect(status().isFound());
    assertThat(proposal(id).getState()).isEqualTo(ProposalState.BESVARET);
    assertThat(proposal(id).getAnswer()).isEqualTo(MunicipalAnswer.JA);

    mvc.perform(
            postAs("/medarbejder/forslag/" + id + "/gennemfoert", as(Persona.MEDARBEJDER))
                .param("afslutning", "Malet den 12. maj."))
        .andExpect(status().isFound());
    assertThat(proposal(id).getState()).isEqualTo(ProposalState.GENNEMFOERT);
    assertThat(page("/medarbejder/forslag", Persona.MEDARBEJDER)).doesNotContain(title);
  }

  @Test
  void theHandlerIsTheEmployeesOwnNameUnlessAnotherIsWritten() throws Exception {
    Proposal proposal = fixtures.atDepartment(uniqueTitle("Bænk"), uniqueProposer());
    String employee =
        accounts.accountByEmail(MunicipalityFixtures.EMPLOYEE).orElseThrow().displayName();

    assertThat(page("/medarbejder/forslag/" + proposal.getId(), Persona.MEDARBEJDER))
        .contains("value=\"" + employee + "\"");

    String refused =
        mvc.perform(
                postAs(
                        "/medarbejder/forslag/" + proposal.getId() + "/kvitter",
                        as(Persona.MEDARBEJDER))
                    .param("behandler", "  "))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Skriv, hvem der behandler forslaget.");
    assertThat(proposal(proposal.getId()).getState()).isEqualTo(ProposalState.HOS_FORVALTNINGEN);
  }

  @Test
  void answersPartlyAndNoWithTheirWords() throws Exception {
    for (String kind : List.of("DELVIS", "NEJ")) {
      Proposal proposal = fixtures.acknowledged(uniqueTitle("Svar " + kind), uniqueProposer());
      mvc.perform(
              postAs("/medarbejder/forslag/" + proposal.getId() + "/svar", as(Persona.MEDARBEJDER))
                  .param("svar", kind)
                  .param("svartekst", "Fordi vejen er statens."))
          .andExpect(status().isFound());
      Proposal answered = proposal(proposal.getId());
      assertThat(answered.getAnswer()).isEqualTo(MunicipalAnswer.valueOf(kind));
      assertThat(answered.getAnswerText()).isEqualTo("Fordi vejen er statens.");
      assertThat(answered.isFinished()).isEqualTo(kind.equals("NEJ"));
    }
  }

  @Test
  void answersThatItBecomesPartOfANamedInvolvementProcess() throws Exception {
    Long processId = involvement.openProcess(uniqueTitle("Trafikplan"), "fensmark");
    Proposal proposal = fixtures.acknowledged(uniqueTitle("Cykelsti"), uniqueProposer());
    String base = "/medarbejder/forslag/" + proposal.getId();

    // the process must be named
    String refused =
        mvc.perform(
                postAs(base + "/svar", as(Persona.MEDARBEJDER))
                    .param("svar", "INDDRAGELSE")
                    .param("svartekst", "Det tager vi med i trafikplanen."))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Vælg den inddragelse, forslaget indgår i.")
        .contains("Det tager vi med i trafikplanen.");

    mvc.perform(
            postAs(base + "/svar", as(Persona.MEDARBEJDER))
                .param("svar", "INDDRAGELSE")
                .param("svartekst", "Det tager vi med i trafikplanen.")
                .param("inddragelse", String.valueOf(processId)))
        .andExpect(status().isFound());
    Proposal answered = proposal(proposal.getId());
    assertThat(answered.getAnswer()).isEqualTo(MunicipalAnswer.INDDRAGELSE);
    assertThat(answered.getAnswerProcessId()).isEqualTo(processId);
    assertThat(page(base, Persona.MEDARBEJDER))
        .contains("/medarbejder/inddragelser/" + processId)
        .contains("Fensmark Lokalråd er inviteret til inddragelsen.");
    // nothing was promised, so there is nothing to mark as done
    assertThat(page(base, Persona.MEDARBEJDER)).doesNotContain("Meld forslaget gennemført");
  }

  @Test
  void theCouncilIsInvitedToTheProcessTheProposalBecomesPartOf() throws Exception {
    Long processId = involvement.openProcess(uniqueTitle("Naturplan"), "tappernoeje");
    Proposal proposal = fixtures.acknowledged(uniqueTitle("Shelterplads"), uniqueProposer());
    Long fensmark = involvement.council("fensmark").getId();
    String base = "/medarbejder/forslag/" + proposal.getId();

    mvc.perform(
            postAs(base + "/svar", as(Persona.MEDARBEJDER))
                .param("svar", "INDDRAGELSE")
                .param("svartekst", "Det tager vi med i naturplanen.")
                .param("inddragelse", String.valueOf(processId)))
        .andExpect(status().isFound());
    listeners.awaitCompletion();

    String reasons =
        jdbc.sql("select reasons from invitation where process_id = ? and council_id = ?")
            .param(processId)
            .param(fensmark)
            .query(String.class)
            .single();
    assertThat(reasons).isEqualTo("routing.reason.proposal=" + proposal.getTitle());
    assertThat(
            jdbc.sql("select subject from outbox_mail where once_key like ?")
                .param("process-published:" + processId + ":" + fensmark + ":%")
                .query(String.class)
                .list())
        .isNotEmpty()
        .allSatisfy(subject -> assertThat(subject).contains("Naturplan"));
    assertThat(page(base, Persona.MEDARBEJDER))
        .contains("Fensmark Lokalråd er inviteret til inddragelsen.");
  }

  @Test
  void anEmployeeOfAnotherDepartmentReadsItButCannotActOnIt() throws Exception {
    Proposal proposal = fixtures.atDepartment(uniqueTitle("Anden forvaltning"), uniqueProposer());
    Authentication other = employeeOf(otherDepartment().getId());
    String base = "/medarbejder/forslag/" + proposal.getId();

    String page =
        mvc.perform(get(base).with(authentication(other)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(proposal.getTitle()).doesNotContain("Kvittér for forslaget");

    mvc.perform(postAs(base + "/kvitter", other).param("behandler", "Ikke mig"))
        .andExpect(status().isForbidden());
    mvc.perform(postAs(base + "/svar", other).param("svar", "NEJ").param("svartekst", "Nej."))
        .andExpect(status().isForbidden());
    // a member of a council is no employee at all
    mvc.perform(postAs(base + "/kvitter", as(Persona.CHAIR_A)).param("behandler", "Formand"))
        .andExpect(status().isForbidden());
    assertThat(proposal(proposal.getId()).getState()).isEqualTo(ProposalState.HOS_FORVALTNINGEN);
  }

  @Test
  void passesItOnToAnotherDepartmentWithAReason() throws Exception {
    Proposal proposal = fixtures.acknowledged(uniqueTitle("Videre"), uniqueProposer());
    Department other = otherDepartment();
    String base = "/medarbejder/forslag/" + proposal.getId();

    mvc.perform(
            postAs(base + "/send-videre", as(Persona.MEDARBEJDER))
                .param("forvaltning", String.valueOf(other.getId()))
                .param("begrundelse", " "))
        .andExpect(status().isUnprocessableContent());

    mvc.perform(
            postAs(base + "/send-videre", as(Persona.MEDARBEJDER))
                .param("forvaltning", String.valueOf(other.getId()))
                .param("begrundelse", "Veje hører under Vej, Park og Trafik."))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/medarbejder/forslag"));
    Proposal passed = proposal(proposal.getId());
    assertThat(passed.getDepartmentId()).isEqualTo(other.getId());
    assertThat(passed.getState()).isEqualTo(ProposalState.HOS_FORVALTNINGEN);
    assertThat(passed.getHandlerName()).isNull();

    // the other department's employee now acknowledges it; the first one no longer may
    Authentication otherEmployee = employeeOf(other.getId());
    mvc.perform(postAs(base + "/kvitter", as(Persona.MEDARBEJDER)).param("behandler", "Mig"))
        .andExpect(status().isForbidden());
    mvc.perform(postAs(base + "/kvitter", otherEmployee).param("behandler", "Hanne Park"))
        .andExpect(status().isFound());
    assertThat(proposal(proposal.getId()).getState()).isEqualTo(ProposalState.KVITTERET);
  }

  @Test
  void aStepTheProposalNoLongerAllowsShowsThePageWithTheReason() throws Exception {
    Proposal proposal = fixtures.acknowledged(uniqueTitle("For sent"), uniqueProposer());

    String page =
        mvc.perform(
                postAs(
                        "/medarbejder/forslag/" + proposal.getId() + "/kvitter",
                        as(Persona.MEDARBEJDER))
                    .param("behandler", "Jens Vej igen"))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Det kan ikke lade sig gøre, hvor forslaget er nu.")
        .contains(proposal.getTitle());
    assertThat(proposal(proposal.getId()).getHandlerName()).isEqualTo("Jens Vej");

    // routing a proposal a department already has is refused the same way
    String routed =
        mvc.perform(
                postAs(
                        "/kontaktperson/forslag/" + proposal.getId() + "/fordel",
                        as(Persona.KONTAKTPERSON))
                    .param("forvaltning", String.valueOf(otherDepartment().getId())))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(routed).contains("Det kan ikke lade sig gøre, hvor forslaget er nu.");
  }

  @Test
  void theContactPersonForwardsAProposalWhoseCouncilLetTheDeadlinePass() throws Exception {
    String title = uniqueTitle("Efter fristen");
    Proposal proposal = fixtures.askedAfterDeadline(title, uniqueProposer());

    assertThat(page("/kontaktperson/forslag", Persona.KONTAKTPERSON))
        .contains("Forslagsstilleren beder dig sende det videre")
        .contains(title);
    assertThat(page("/kontaktperson/forslag/" + proposal.getId(), Persona.KONTAKTPERSON))
        .contains("Send videre til kommunen");

    mvc.perform(
            postAs(
                "/kontaktperson/forslag/" + proposal.getId() + "/videresend",
                as(Persona.KONTAKTPERSON)))
        .andExpect(status().isFound());
    Proposal forwarded = proposal(proposal.getId());
    assertThat(forwarded.getState()).isEqualTo(ProposalState.VIDERESENDT);
    assertThat(forwarded.getAssessment()).isNull();
    assertThat(page("/kontaktperson/forslag/" + proposal.getId(), Persona.KONTAKTPERSON))
        .contains("Hvilken forvaltning skal svare?");
  }

  @Test
  void onlyTheContactPersonRoutesAndSheChoosesAnExistingDepartment() throws Exception {
    Proposal proposal = fixtures.forwarded(uniqueTitle("Rute"), uniqueProposer());
    String path = "/kontaktperson/forslag/" + proposal.getId() + "/fordel";

    mvc.perform(postAs(path, as(Persona.MEDARBEJDER)).param("forvaltning", "1"))
        .andExpect(status().isForbidden());
    String refused =
        mvc.perform(postAs(path, as(Persona.KONTAKTPERSON)).param("forvaltning", "987654321"))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Vælg en forvaltning.");
    assertThat(proposal(proposal.getId()).getState()).isEqualTo(ProposalState.VIDERESENDT);
  }

  @Test
  void suggestsTheDepartmentsEarlierProposalsWithTheSameThemesWentTo() {
    Long theme = organisation.themes().get(0).getId();
    Department other = otherDepartment();
    Proposal earlier =
        fixtures.forward(
            fixtures.received(
                uniqueTitle("Tidligere"), "fensmark", uniqueProposer(), Set.of(theme)));
    routing.route(
        earlier.getId(), other.getId(), fixtures.accountId(MunicipalityFixtures.CONTACT_PERSON));

    Proposal now =
        fixtures.forward(
            fixtures.received(uniqueTitle("Nyt"), "fensmark", uniqueProposer(), Set.of(theme)));
    List<ProposalRouting.DepartmentChoice> choices = routing.departmentChoices(now);

    assertThat(choices).hasSize(organisation.departments().size());
    ProposalRouting.DepartmentChoice first = choices.get(0);
    assertThat(first.suggested()).isTrue();
    assertThat(first.themes()).contains(organisation.themes().get(0).getName());
    assertThat(choices.stream().filter(c -> c.department().getId().equals(other.getId())))
        .allMatch(ProposalRouting.DepartmentChoice::suggested);
    // without themes nothing is suggested, and every department is offered in Danish order
    Proposal plain = fixtures.forwarded(uniqueTitle("Uden tema"), uniqueProposer());
    assertThat(routing.departmentChoices(plain))
        .noneMatch(ProposalRouting.DepartmentChoice::suggested)
        .extracting(c -> c.department().getName())
        .containsExactlyElementsOf(
            organisation.departments().stream().map(Department::getName).toList());
  }

  LocalDate queriesToday() {
    return LocalDate.now(ZoneId.of("Europe/Copenhagen"));
  }

  Department otherDepartment() {
    Long own = fixtures.employeesDepartment();
    return organisation.departments().stream()
        .filter(d -> !d.getId().equals(own))
        .findFirst()
        .orElseThrow();
  }

  /** An employee of the department, signed in. */
  Authentication employeeOf(Long departmentId) {
    String email = "medarbejder-" + departmentId + "@forslag.test";
    Account account = accounts.ensureActiveAccount(email, "Hanne Park", "test1234test");
    accounts.setMunicipalRoles(account.getId(), false, departmentId, null);
    return personas.authenticationOf(email);
  }
}
