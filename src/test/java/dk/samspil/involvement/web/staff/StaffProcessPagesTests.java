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
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.AdminTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The employee's way through a process: create, propose, publish, and the pages on the way. */
@SamspilTest
class StaffProcessPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired ProcessQueries queries;
  @Autowired ProcessManagement processes;
  @Autowired InvolvementMother mother;

  Authentication staff() {
    return personas.authentication(Persona.MEDARBEJDER);
  }

  LocalDate today() {
    return queries.today();
  }

  MockHttpServletRequestBuilder createRequest(String title, LocalDate deadline) {
    return post("/medarbejder/inddragelser")
        .with(csrf())
        .with(authentication(staff()))
        .param("titel", title)
        .param("resume", "Hvor skal den nye sti gå?")
        .param("tekst", "# Baggrund\n\nStien skal **forbinde** byerne. <script>alert(1)</script>")
        .param("type", "ANLAEGSPROJEKT")
        .param("center", String.valueOf(mother.departmentId()))
        .param("kontakt", String.valueOf(mother.accountId("medarbejder@samspil.test")))
        .param(
            "omraader",
            String.valueOf(mother.areaId("fensmark")),
            String.valueOf(mother.areaId("herlufsholm")))
        .param("temaer", String.valueOf(mother.themeId("sundhed-aeldre")))
        .param("faseNavn", "Idéfase", "Politisk behandling", "", "")
        .param("faseStart", today().toString(), today().plusWeeks(10).toString(), "", "")
        .param("faseSlut", today().plusWeeks(4).toString(), "", "", "")
        .param("frist", deadline.toString());
  }

  long create(String title, LocalDate deadline) throws Exception {
    return idOf(created(title, deadline));
  }

  MvcResult created(String title, LocalDate deadline) throws Exception {
    MvcResult result =
        mvc.perform(createRequest(title, deadline))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).matches("/medarbejder/inddragelser/\\d+");
    return result;
  }

  static long idOf(MvcResult result) {
    return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D*(\\d+).*", "$1"));
  }

  /** The page a POST redirected to, with the confirmation the POST kept for it. */
  String redirectedPage(MvcResult result) throws Exception {
    return AdminTestSupport.followRedirect(mvc, authentication(staff()), result);
  }

  String html(String path) throws Exception {
    return mvc.perform(get(path).with(authentication(staff())))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void createsADraftWithEverythingTheFormSays() throws Exception {
    String title = unique("Sti mellem Fensmark og Herlufsholm");

    MvcResult created = created(title, today().plusWeeks(12));
    long id = idOf(created);

    InvolvementProcess process = queries.process(id);
    assertThat(process.getStatus()).isEqualTo(ProcessStatus.KLADDE);
    assertThat(process.getTitle()).isEqualTo(title);
    assertThat(process.getAreaIds())
        .containsExactlyInAnyOrder(mother.areaId("fensmark"), mother.areaId("herlufsholm"));
    assertThat(process.getThemeIds()).containsExactly(mother.themeId("sundhed-aeldre"));
    assertThat(process.getPhases())
        .extracting(Phase::getName)
        .containsExactly("Idéfase", "Politisk behandling");
    assertThat(process.getContactAccountId())
        .isEqualTo(mother.accountId("medarbejder@samspil.test"));

    String page = redirectedPage(created);
    assertThat(page)
        .contains("Kladden er oprettet")
        .contains("<h2>Baggrund</h2>")
        .contains("<strong>forbinde</strong>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>")
        .contains("Vælg lokalråd og offentliggør");
  }

  @Test
  void keepsEverythingTypedWhenTheFormHasErrors() throws Exception {
    String body = "Lang tekst med *Markdown*\n\nog flere afsnit & tegn";
    MockHttpServletResponse response =
        mvc.perform(
                post("/medarbejder/inddragelser")
                    .with(csrf())
                    .with(authentication(staff()))
                    .param("titel", "")
                    .param("resume", "Et resumé")
                    .param("tekst", body)
                    .param("type", "LOKALPLAN")
                    .param("center", String.valueOf(mother.departmentId()))
                    .param("omraader", String.valueOf(mother.areaId("glumsoe")))
                    .param("faseNavn", "Høringsfase", "", "", "")
                    .param("faseStart", "", "", "", "")
                    .param("faseSlut", "2027-13-45", "", "", "")
                    .param("frist", "i morgen"))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse();

    String page = body(response);
    assertThat(page)
        .contains("Der er fejl i formularen")
        .contains("Skriv en titel.")
        .contains("Skriv, hvornår fase 1 starter.")
        .contains("Skriv datoen som dd-mm-åååå")
        .contains("og flere afsnit &amp; tegn")
        .contains("value=\"Høringsfase\"")
        .contains("value=\"2027-13-45\"")
        .contains("value=\"i morgen\"")
        .contains("value=\"LOKALPLAN\" selected")
        .contains("value=\"" + mother.areaId("glumsoe") + "\" checked")
        .contains("class=\"form-group form-error\"")
        .contains("aria-describedby=\"titel-error\"");
  }

  @Test
  void editsADraftAndShowsItsValuesInTheForm() throws Exception {
    long id = create(unique("Redigeret sti"), today().plusWeeks(12));

    assertThat(html("/medarbejder/inddragelser/" + id + "/rediger"))
        .contains("value=\"Idéfase\"")
        .contains("value=\"ANLAEGSPROJEKT\" selected");

    String newTitle = unique("Ny titel");
    mvc.perform(
            post("/medarbejder/inddragelser/" + id + "/rediger")
                .with(csrf())
                .with(authentication(staff()))
                .param("titel", newTitle)
                .param("resume", "Nyt resumé")
                .param("type", "STRATEGI")
                .param("center", String.valueOf(mother.departmentId()))
                .param("heleKommunen", "true")
                .param("frist", today().plusWeeks(14).toString()))
        .andExpect(status().is3xxRedirection());

    InvolvementProcess process = queries.process(id);
    assertThat(process.getTitle()).isEqualTo(newTitle);
    assertThat(process.isWholeMunicipality()).isTrue();
    assertThat(process.getPhases()).isEmpty();
  }

  @Test
  void proposesCouncilsWithReasonsAndPublishesWithTheChosenOnes() throws Exception {
    String title = unique("Sundhedshus");
    long id = create(title, today().plusWeeks(12));
    long fensmark = mother.councilId("fensmark");
    long lilleNaestved = mother.councilId("lille-naestved");
    long naestvedOest = mother.councilId("naestved-oest");
    long glumsoe = mother.councilId("glumsoe");

    String proposal = html("/medarbejder/inddragelser/" + id + "/inviter");
    assertThat(proposal)
        .contains("Fensmark Lokalråd")
        .contains("området berøres")
        .contains("interesserer sig for temaet Sundhed og ældre")
        .contains("value=\"" + fensmark + "\" checked")
        .contains("value=\"" + lilleNaestved + "\" checked")
        .contains("value=\"" + naestvedOest + "\" checked")
        .contains("value=\"" + glumsoe + "\">")
        .contains("Herlufsholm – kontaktperson Jonas Bech Andersen");

    mvc.perform(
            post("/medarbejder/inddragelser/" + id + "/inviter")
                .with(csrf())
                .with(authentication(staff()))
                .param("raad", String.valueOf(fensmark), String.valueOf(lilleNaestved))
                .param("raad", String.valueOf(glumsoe))
                .param("handling", "offentliggoer"))
        .andExpect(status().is3xxRedirection());

    assertThat(queries.process(id).getStatus()).isEqualTo(ProcessStatus.AABEN);
    Map<Long, String> reasons =
        queries.invitationsOf(id).stream()
            .collect(Collectors.toMap(Invitation::getCouncilId, Invitation::getReasons));
    assertThat(reasons)
        .containsOnlyKeys(fensmark, lilleNaestved, glumsoe)
        .containsEntry(fensmark, "routing.reason.area=")
        .containsEntry(lilleNaestved, "routing.reason.theme=Sundhed og ældre")
        .containsEntry(glumsoe, "routing.reason.manual=");
    assertThat(mother.recipientsOfMailsAbout(title))
        .contains(
            "fensmark@lokalraad.example",
            "formand.fensmark@samspil.test",
            "glumsoe@lokalraad.example",
            "jonas.andersen@kommune.example")
        .doesNotContain("naestved-oest@lokalraad.example");
    assertThat(mother.mailsTo("jonas.andersen@kommune.example", title))
        .singleElement()
        .asString()
        .contains("„" + title + "“ berører lokalområdet Herlufsholm, som ikke har et lokalråd");
    assertThat(html("/medarbejder/inddragelser/" + id))
        .contains("Svar fra lokalrådene")
        .contains("0 af 3 inviterede lokalråd har svaret");
  }

  @Test
  void refusesToPublishWithoutCouncilsAndSaysWhy() throws Exception {
    long id = create(unique("Ingen inviteret"), today().plusWeeks(12));

    String page =
        body(
            mvc.perform(
                    post("/medarbejder/inddragelser/" + id + "/inviter")
                        .with(csrf())
                        .with(authentication(staff()))
                        .param("handling", "offentliggoer"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse());

    assertThat(page)
        .contains("Vælg mindst ét lokalråd at invitere.")
        .contains("href=\"#raad-valg\"");
    assertThat(queries.process(id).getStatus()).isEqualTo(ProcessStatus.KLADDE);
  }

  @Test
  void warnsAboutAShortDeadlineAndExtendsItToTheSuggestedOneInOneClick() throws Exception {
    long id = create(unique("Kort frist"), today().plusDays(9));
    long fensmark = mother.councilId("fensmark");
    long glumsoe = mother.councilId("glumsoe");

    String before = html("/medarbejder/inddragelser/" + id + "/inviter");
    assertThat(before)
        .contains("Perioden er kortere end minimum for denne type: 3 uger")
        .contains("Fensmark Lokalråd har ikke oplyst en mødefrekvens")
        .contains("Forlæng fristen til");

    // the employee ticks another council and checks again: the warnings follow the choice
    String checked =
        body(
            mvc.perform(
                    post("/medarbejder/inddragelser/" + id + "/inviter")
                        .with(csrf())
                        .with(authentication(staff()))
                        .param("raad", String.valueOf(glumsoe))
                        .param("handling", "tjek"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse());
    assertThat(checked)
        .contains("Glumsø og Omegns Lokalråd har ikke oplyst en mødefrekvens")
        .doesNotContain("Fensmark Lokalråd har ikke oplyst");
    assertThat(queries.process(id).getStatus()).isEqualTo(ProcessStatus.KLADDE);

    LocalDate suggested =
        processes.checkDeadline(id, List.of(fensmark, glumsoe)).suggestedDeadline();
    MvcResult extended =
        mvc.perform(
                post("/medarbejder/inddragelser/" + id + "/frist/forslag")
                    .with(csrf())
                    .with(authentication(staff()))
                    .param("raad", String.valueOf(fensmark), String.valueOf(glumsoe)))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = extended.getResponse().getRedirectedUrl();

    assertThat(queries.process(id).getDeadline()).isEqualTo(suggested);
    assertThat(location).contains("/inviter?").contains("raad=" + glumsoe);
    assertThat(redirectedPage(extended))
        .contains("Fristen er forlænget")
        .contains("Fristen giver alle de valgte lokalråd et ordinært møde")
        .contains("value=\"" + glumsoe + "\" checked");
  }

  @Test
  void doesNotExtendTheDeadlineOfAProcessThatNoLongerTakesAnswers() throws Exception {
    InvolvementProcess process =
        mother.open(unique("Under behandling"), today().plusWeeks(6), "fensmark");
    processes.closeForContributions(process.getId());

    String page =
        body(
            mvc.perform(
                    post("/medarbejder/inddragelser/" + process.getId() + "/frist/forslag")
                        .with(csrf())
                        .with(authentication(staff()))
                        .param("raad", String.valueOf(mother.councilId("fensmark"))))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse());

    assertThat(page).contains("Fristen kan kun ændres, mens processen er åben for bidrag.");
    assertThat(queries.process(process.getId()).getDeadline()).isEqualTo(today().plusWeeks(6));
  }

  @Test
  void listsTheProcessesOfTheOwnDepartmentOrAllByStatus() throws Exception {
    String title = unique("Listet proces");
    long id = create(title, today().plusWeeks(12));

    assertThat(html("/medarbejder/inddragelser")).contains(title);
    assertThat(html("/medarbejder/inddragelser?center=alle&status=KLADDE"))
        .contains("href=\"/medarbejder/inddragelser/" + id + "\"");
    assertThat(html("/medarbejder/inddragelser?center=alle&status=AABEN")).doesNotContain(title);
  }

  @Test
  void showsNotFoundForAProcessThatDoesNotExist() throws Exception {
    mvc.perform(get("/medarbejder/inddragelser/987654321").with(authentication(staff())))
        .andExpect(status().isNotFound());
  }
}
