package dk.samspil.involvement.web.contact;

import static dk.samspil.involvement.InvolvementFixtures.uniqueTitle;
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
import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilDraft;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilProfile;
import dk.samspil.council.CouncilProfileManagement;
import dk.samspil.council.CouncilStatus;
import dk.samspil.involvement.AnswerManagement;
import dk.samspil.involvement.ContributionAttachment;
import dk.samspil.involvement.InvolvementFixtures;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.Act;
import dk.samspil.shared.DanishDates;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact person's desk: her councils' workload counted right, her areas without a council and
 * the mails about them, and read access to exactly the processes her councils are invited to.
 */
@SamspilTest
class ContactDeskTests {

  static final String CHAIR = "formand.fensmark@samspil.test";

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired InvolvementFixtures fixtures;
  @Autowired InvolvementMother mother;
  @Autowired ProcessQueries queries;
  @Autowired AnswerManagement answers;
  @Autowired OrganisationManagement organisation;
  @Autowired AccountManagement accounts;
  @Autowired CouncilManagement councils;
  @Autowired CouncilProfileManagement profiles;
  @Autowired AreaManagement areas;
  @Autowired JdbcClient jdbc;
  @Autowired EntityManager entities;

  Authentication lene() {
    return personas.authentication(Persona.KONTAKTPERSON);
  }

  /**
   * The demonstration's other contact person, who serves only areas without a council, signed in
   * with an account of his own.
   */
  Authentication jonas() {
    String email = "kontaktperson.jonas@samspil.test";
    Account account = accounts.ensureActiveAccount(email, "Jonas Bech Andersen", "test1234test");
    ContactPerson jonas =
        organisation.contactPersonByEmail("jonas.andersen@kommune.example").orElseThrow();
    accounts.setMunicipalRoles(account.getId(), false, null, jonas.getId());
    return personas.authenticationOf(email);
  }

  String html(String path, Authentication who) throws Exception {
    return mvc.perform(get(path).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static String row(String html, String id) {
    Matcher row = Pattern.compile("<tr id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
    assertThat(row.find()).as("row %s", id).isTrue();
    return row.group(1);
  }

  static String figure(String row, String name) {
    Matcher cell =
        Pattern.compile("data-figure=\"" + name + "\">([^<]*)", Pattern.DOTALL).matcher(row);
    assertThat(cell.find()).as("figure %s", name).isTrue();
    return cell.group(1).strip();
  }

  @Test
  @Transactional
  void countsEachOfHerCouncilsInvitationsByAnswerAndOverdueFeedbackWithItsProfile()
      throws Exception {
    String key = UUID.randomUUID().toString().substring(0, 8);
    ContactPerson person = newContactPerson(key);
    Account account =
        accounts.ensureActiveAccount("kontakt-" + key + "@samspil.test", "Prøve", "test1234test");
    accounts.setMunicipalRoles(account.getId(), false, null, person.getId());
    String slug = councilOfItsOwn(person, key);
    profiles.updateProfile(
        slug,
        new CouncilProfile(
            null, null, null, "Første tirsdag i måneden", 7, 2, null, Set.of(), null));

    Long open = fixtures.openProcess(uniqueTitle("Åben"), slug);
    Long contributed = fixtures.openProcess(uniqueTitle("Bidraget"), slug);
    fixtures.contribute(contributed, slug, "Vores bidrag", true, CHAIR);
    Long declined = fixtures.openProcess(uniqueTitle("Afslået"), slug);
    fixtures.decline(declined, slug, "Ingen møder", CHAIR);
    Long unanswered = fixtures.openProcess(uniqueTitle("Ubesvaret"), slug);
    setDeadline(unanswered, 0);
    Long overdue = fixtures.openProcess(uniqueTitle("Forsinket"), slug);
    fixtures.contribute(overdue, slug, "Venter længe", true, CHAIR);
    setDeadline(overdue, 5);
    Long notYetOverdue = fixtures.openProcess(uniqueTitle("Snart forsinket"), slug);
    fixtures.contribute(notYetOverdue, slug, "Venter lidt", true, CHAIR);
    setDeadline(notYetOverdue, 3);
    fixtures.openProcess(uniqueTitle("Et andet råd"), "fensmark");

    String desk = html("/kontaktperson", personas.authenticationOf(account.getEmail()));

    String row = row(desk, "raad-" + slug);
    assertThat(row).contains("Prøveråd " + key);
    assertThat(figure(row, "open")).isEqualTo("1");
    assertThat(figure(row, "contributed")).isEqualTo("3");
    assertThat(figure(row, "declined")).isEqualTo("1");
    assertThat(figure(row, "no-answer")).isEqualTo("1");
    assertThat(figure(row, "overdue")).isEqualTo("1");
    assertThat(figure(row, "capacity")).isEqualTo("2 inddragelser i kvartalet");
    assertThat(figure(row, "rhythm")).isEqualTo("Første tirsdag i måneden");
    assertThat(desk)
        .contains("<h1>Dine lokalråd og områder</h1>")
        .contains("Prøve Kontaktperson, Konsulent")
        .contains("href=\"/kontaktperson/inddragelser/" + open + "\"")
        .doesNotContain("id=\"raad-fensmark\"");
  }

  /**
   * Moves the deadline before today, as if time had passed; first writes what the test's
   * transaction holds, so that it does not write the old deadline back later.
   */
  private void setDeadline(Long processId, int weeksAgo) {
    entities.flush();
    jdbc.sql("update involvement_process set deadline = ? where id = ?")
        .params(queries.today().minusWeeks(weeksAgo).minusDays(1), processId)
        .update();
  }

  /** A council of a contact person of its own, for a test's transaction only. */
  private String councilOfItsOwn(ContactPerson person, String key) {
    String slug = "proeveraad-" + key;
    councils.ensureCouncil(
        new CouncilDraft(
            slug,
            "Prøveråd " + key,
            CouncilStatus.AKTIV,
            areas.area("sankt-joergens").getId(),
            null,
            null,
            null,
            null,
            person.getId(),
            Set.of()));
    return slug;
  }

  private ContactPerson newContactPerson(String key) {
    return organisation.ensureContactPerson(
        "Prøve Kontaktperson", "Konsulent", "kontakt-" + key + "@kommune.example", null, null);
  }

  @Test
  void listsHerAreasWithoutACouncilWithTheProcessesAboutThemAndTheMailSheGot() throws Exception {
    String title = uniqueTitle("Uden lokalråd");
    Long process =
        fixtures
            .draft(
                title,
                ProcessType.HANDLEPLAN,
                Set.of(fixtures.areaId("sydvest"), fixtures.areaId("fensmark")),
                Set.of())
            .getId();
    fixtures.publish(process, "fensmark");
    String elsewhere = fixtures.openProcess(uniqueTitle("Hos et lokalråd"), "fensmark").toString();
    assertThat(mother.recipientsOfMailsAbout(title)).contains("jonas.andersen@kommune.example");

    String desk = html("/kontaktperson", jonas());

    String area = areas.area("sydvest").getName();
    assertThat(desk)
        .contains("Du er ikke kontaktperson for noget lokalråd.")
        .contains("Områder uden et aktivt lokalråd")
        .contains("href=\"/lokalomraader/sydvest\"")
        .contains("href=\"/orienteringer?omraade=sydvest\"")
        .contains("href=\"/orienteringer\"")
        .doesNotContain("/inddragelser/" + elsewhere + "\"");
    Matcher matter =
        Pattern.compile("<tr>(?:(?!</tr>).)*" + Pattern.quote(title) + ".*?</tr>", Pattern.DOTALL)
            .matcher(desk);
    assertThat(matter.find()).isTrue();
    assertThat(matter.group())
        .contains("href=\"/inddragelser/" + process + "\"")
        .contains(area)
        .contains(DanishDates.format(queries.today()))
        .doesNotContain("Ingen mail");
  }

  @Test
  void letsHerReadEveryAnswerOfHerCouncilsProcessesAndNoOneElseTheOnesNotPublic() throws Exception {
    String title = uniqueTitle("Med lukket bidrag");
    Long process = fixtures.openProcess(title, "fensmark", "tappernoeje");
    Long invitation = fixtures.invitation(process, "fensmark").getId();
    fixtures.saveDraft(process, "fensmark", "Kun til kommunen: navne på naboer.", CHAIR);
    ContributionAttachment file =
        answers.attach(
            invitation,
            "naboer.pdf",
            "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1),
            Act.by(fixtures.accountId(CHAIR)));
    fixtures.contribute(process, "fensmark", "Kun til kommunen: navne på naboer.", false, CHAIR);

    String page = html("/kontaktperson/inddragelser/" + process, lene());
    assertThat(page)
        .contains("<title>" + title + " – kontaktperson")
        .contains("Kun til kommunen: navne på naboer.")
        .contains("Ikke offentligt")
        .contains("href=\"/inddragelser/" + process + "/bilag/" + file.getId() + "\"")
        .contains("Tappernøje");
    assertThat(html("/inddragelser/" + process, lene())).doesNotContain("navne på naboer");
    mvc.perform(
            get("/inddragelser/" + process + "/bilag/" + file.getId()).with(authentication(lene())))
        .andExpect(status().isOk());

    Authentication otherAreas = jonas();
    mvc.perform(get("/kontaktperson/inddragelser/" + process).with(authentication(otherAreas)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/inddragelser/" + process + "/bilag/" + file.getId())
                .with(authentication(otherAreas)))
        .andExpect(status().isForbidden());
  }

  @Test
  @Transactional
  void refusesAProcessNoneOfHerCouncilsIsInvitedToAndOtherPeopleTheDesk() throws Exception {
    String key = UUID.randomUUID().toString().substring(0, 8);
    Long notHers =
        fixtures.openProcess(
            uniqueTitle("Ingen af hendes"), councilOfItsOwn(newContactPerson(key), key));

    mvc.perform(get("/kontaktperson/inddragelser/" + notHers).with(authentication(lene())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/kontaktperson/inddragelser/987654321").with(authentication(lene())))
        .andExpect(status().isNotFound());
    for (Persona persona :
        new Persona[] {
          Persona.CITIZEN,
          Persona.MEMBER_A,
          Persona.CHAIR_A,
          Persona.MEDARBEJDER,
          Persona.ADMINISTRATOR
        }) {
      mvc.perform(get("/kontaktperson").with(authentication(personas.authentication(persona))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/kontaktperson"))
        .andExpect(
            result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
  }

  @Test
  void sendsHerFromTheStaffOverviewToHerDeskWhereSheReadsButCannotManageProcesses()
      throws Exception {
    Authentication contact = lene();
    Long process = fixtures.openProcess(uniqueTitle("Til kontaktpersonen"), "fensmark");

    mvc.perform(get("/medarbejder/overblik").with(authentication(contact)))
        .andExpect(redirectedUrl("/kontaktperson"));

    // other tests publish processes to her councils too: find the page of the desk that lists it
    String link = "href=\"/kontaktperson/inddragelser/" + process + "\"";
    String desk = html("/kontaktperson", contact);
    for (int side = 1; side < 50 && !desk.contains(link); side++) {
      desk = html("/kontaktperson?side=" + side, contact);
    }
    assertThat(desk)
        .contains("Kontaktperson: dine lokalråd og områder")
        .contains(link)
        .doesNotContain("href=\"/medarbejder/inddragelser/" + process + "\"")
        .doesNotContain("href=\"/medarbejder/inddragelser/ny\"");
    assertThat(desk.split("<form method=\"post\"", -1)).as("only the sign-out form").hasSize(2);
    mvc.perform(get("/medarbejder/inddragelser").with(authentication(contact)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/medarbejder/inddragelser/" + process + "/status")
                .with(csrf())
                .with(authentication(contact))
                .param("til", "UNDER_BEHANDLING"))
        .andExpect(status().isForbidden());
    assertThat(queries.process(process).getStatus()).isEqualTo(ProcessStatus.AABEN);
  }
}
