package dk.samspil.involvement.web;

import static dk.samspil.involvement.InvolvementFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.involvement.FeedbackManagement;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.InvolvementFixtures;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessType;
import dk.samspil.notice.Notice;
import dk.samspil.notice.NoticeManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.Act;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the public sees: the list with its filters and pages, a process page with its timeline,
 * councils, contributions, feedback and outcome, the council and area pages' sections, and the
 * notices. Hidden, non-public and unsent texts never appear.
 */
@SamspilTest
class PublicPagesTests {

  static final String CHAIR = "formand.fensmark@samspil.test";
  static final String EMPLOYEE = "medarbejder@samspil.test";

  @Autowired MockMvc mvc;
  @Autowired InvolvementFixtures fixtures;
  @Autowired ProcessManagement processes;
  @Autowired FeedbackManagement feedback;
  @Autowired NoticeManagement notices;
  @Autowired OrganisationManagement organisation;

  String page(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void listsPublishedProcessesButNeverDrafts() throws Exception {
    String open = uniqueTitle("Offentliggjort");
    String draft = uniqueTitle("Kladde");
    fixtures.openProcess(open, "fensmark");
    InvolvementProcess unpublished = fixtures.draft(draft, ProcessType.STRATEGI, "fensmark");

    String html = page("/inddragelser?omraade=fensmark&status=open");
    assertThat(html).contains(open).doesNotContain(draft);
    assertThat(html).contains("inviteret · 0 bidrag");
    mvc.perform(get("/inddragelser/" + unpublished.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/inddragelser/999999999")).andExpect(status().isNotFound());
  }

  @Test
  void filtersByAreaThemeTypeAndStatus() throws Exception {
    String title = uniqueTitle("Lokalplan i Fensmark");
    Long themeId = involvementThemeId("trafik");
    InvolvementProcess process =
        fixtures.draft(
            title, ProcessType.LOKALPLAN, Set.of(fixtures.areaId("fensmark")), Set.of(themeId));
    fixtures.publish(process.getId(), "fensmark");

    assertThat(page("/inddragelser?omraade=fensmark&tema=trafik&type=lokalplan&status=open"))
        .contains(title)
        .contains("<option value=\"fensmark\" selected>");
    assertThat(page("/inddragelser?omraade=glumsoe")).doesNotContain(title);
    assertThat(page("/inddragelser?tema=kultur-fritid")).doesNotContain(title);
    assertThat(page("/inddragelser?type=strategi")).doesNotContain(title);
    assertThat(page("/inddragelser?status=decided")).doesNotContain(title);
    assertThat(page("/inddragelser?omraade=atlantis"))
        .doesNotContain(title)
        .contains("Ingen inddragelser passer på dit valg.");
    assertThat(page("/inddragelser?status=draft")).contains("Ingen inddragelser");
  }

  @Test
  void paginatesTheList() throws Exception {
    String prefix = "Sidevisning " + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < ProcessViews.PAGE_SIZE + 1; i++) {
      InvolvementProcess process =
          fixtures.draft(
              prefix + " nr. " + i,
              ProcessType.ANLAEGSPROJEKT,
              Set.of(fixtures.areaId("sankt-joergens")),
              Set.of());
      fixtures.publish(process.getId(), "naestved-oest");
    }

    String first = page("/inddragelser?omraade=sankt-joergens&type=anlaegsprojekt");
    String second = page("/inddragelser?omraade=sankt-joergens&type=anlaegsprojekt&side=1");
    assertThat(first).contains("Side 1 af 2").contains(prefix + " nr. 20");
    assertThat(first).contains("side=1&amp;omraade=sankt-joergens&amp;type=anlaegsprojekt");
    assertThat(second).contains("Side 2 af 2").contains(prefix + " nr. 0");
    assertThat(second).doesNotContain(prefix + " nr. 20");
  }

  @Test
  void showsTimelineCouncilsContributionsFeedbackAndOutcome() throws Exception {
    String title = uniqueTitle("Helhedsplan");
    String secret = "IKKE-OFFENTLIGT-" + UUID.randomUUID();
    String unsent = "KLADDE-" + UUID.randomUUID();
    String reason = "BEGRUNDELSE-" + UUID.randomUUID();
    Long id = fixtures.openProcess(title, "fensmark", "tappernoeje", "glumsoe", "fladsaa", "fodby");
    fixtures.contribute(id, "fensmark", "Fensmark ønsker en ny sti langs skoven.", true, CHAIR);
    fixtures.contribute(id, "glumsoe", secret, false, null);
    fixtures.saveDraft(id, "fladsaa", unsent, null);
    fixtures.decline(id, "tappernoeje", reason, "formand.tappernoeje@samspil.test");

    String open = page("/inddragelser/" + id);
    assertThat(open)
        .contains(title, "Åben for bidrag", "Forløb", "Offentliggjort, og lokalrådene inviteret")
        .contains("Frist for lokalrådenes bidrag", "Lokalrådene byder ind")
        .contains("Fensmark ønsker en ny sti langs skoven.")
        .contains("Bidrag sendt", "Takket nej", "I gang", "Inviteret")
        .contains("Bidraget er ikke offentligt")
        .contains("<strong>" + title + "</strong>")
        .doesNotContain(secret, unsent, reason);

    feedback.hideContribution(
        fixtures.invitation(id, "fensmark").getId(),
        "Indeholder et navn",
        fixtures.accountId(EMPLOYEE));
    fixtures.passDeadline(id);
    processes.closeForContributions(id);
    Long employee = fixtures.accountId(EMPLOYEE);
    feedback.giveFeedback(
        fixtures.invitation(id, "fensmark").getId(),
        FeedbackVerdict.DELVIST_ANVENDT,
        "FEEDBACK-PAA-SKJULT",
        Act.by(employee));
    feedback.giveFeedback(
        fixtures.invitation(id, "glumsoe").getId(),
        FeedbackVerdict.ANVENDT,
        "FEEDBACK-PAA-LUKKET",
        Act.by(employee));
    processes.recordOutcome(
        id,
        "Byrådet vedtog planen med **stien**.",
        LocalDate.now().minusDays(1),
        null,
        null,
        Act.by(null));

    String decided = page("/inddragelser/" + id);
    assertThat(decided)
        .contains("Afgjort", "Resultat", "Byrådet vedtog planen med <strong>stien</strong>.")
        .contains("Beslutning", "Delvist anvendt", "Anvendt", "Intet svar")
        .doesNotContain("Fensmark ønsker en ny sti langs skoven.")
        .doesNotContain("Indeholder et navn", "FEEDBACK-PAA-SKJULT", "FEEDBACK-PAA-LUKKET")
        .doesNotContain(secret, unsent, reason);

    String council = page("/lokalraad/fensmark");
    assertThat(council)
        .contains("Inddragelser og resultater", title, "Delvist anvendt", "ikke offentligt")
        .contains("Byrådet vedtog planen")
        .doesNotContain("Fensmark ønsker en ny sti langs skoven.");
    assertThat(page("/lokalraad/tappernoeje")).contains(title, "Takket nej").doesNotContain(reason);
  }

  @Test
  void showsTheFeedbackOnAPublicContribution() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Tilbagemelding"), "fensmark");
    fixtures.contribute(id, "fensmark", "Et offentligt bidrag", true, CHAIR);
    processes.closeForContributions(id);
    feedback.giveFeedback(
        fixtures.invitation(id, "fensmark").getId(),
        FeedbackVerdict.IKKE_ANVENDT,
        "Forslaget ligger uden for planens ramme.",
        Act.by(fixtures.accountId(EMPLOYEE)));

    assertThat(page("/inddragelser/" + id))
        .contains("Et offentligt bidrag")
        .contains("Kommunens tilbagemelding: Ikke anvendt")
        .contains("Forslaget ligger uden for planens ramme.");
  }

  @Test
  void listsTheProcessesAffectingAnAreaEvenWithoutACouncil() throws Exception {
    String title = uniqueTitle("Byfornyelse Herlufsholm");
    InvolvementProcess process =
        fixtures.draft(
            title, ProcessType.INDSATS, Set.of(fixtures.areaId("herlufsholm")), Set.of());
    fixtures.publish(process.getId(), "naestved-oest");

    assertThat(page("/lokalomraader/herlufsholm"))
        .contains("Inddragelser, der berører området", title, "Resumé af " + title);
    assertThat(page("/lokalomraader/fensmark"))
        .contains("Inddragelser, der berører området")
        .doesNotContain(title);
  }

  @Test
  void listsAndShowsNoticesFilteredByArea() throws Exception {
    String title = uniqueTitle("Orientering om vejarbejde");
    Notice notice =
        notices.publish(
            title,
            "Vejen *lukkes* i to uger.",
            null,
            Set.of(fixtures.areaId("glumsoe")),
            Set.of(),
            Set.of(),
            Act.by(fixtures.accountId(EMPLOYEE)));

    assertThat(page("/orienteringer")).contains("Orienteringer", title);
    assertThat(page("/orienteringer?omraade=glumsoe")).contains(title);
    assertThat(page("/orienteringer?omraade=fensmark")).doesNotContain(title);
    assertThat(page("/orienteringer/" + notice.getId()))
        .contains(title, "Vejen <em>lukkes</em> i to uger.", "Glumsø og omegn");
    mvc.perform(get("/orienteringer/999999999")).andExpect(status().isNotFound());
  }

  @Test
  void escapesWhatStaffAndCouncilsWrote() throws Exception {
    String title = uniqueTitle("Sikkerhed");
    Long id = fixtures.openProcess(title, "fensmark");
    fixtures.contribute(id, "fensmark", "<script>alert('x')</script>", true, CHAIR);

    mvc.perform(get("/inddragelser/" + id))
        .andExpect(content().string(not(containsString("<script>alert"))))
        .andExpect(content().string(containsString("&lt;script&gt;")));
  }

  Long involvementThemeId(String slug) {
    return organisation.themeBySlug(slug).orElseThrow().getId();
  }
}
