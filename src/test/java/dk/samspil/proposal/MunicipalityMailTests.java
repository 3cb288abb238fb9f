package dk.samspil.proposal;

import static dk.samspil.proposal.MunicipalityFixtures.uniqueProposer;
import static dk.samspil.proposal.MunicipalityFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.notification.TestMailServer;
import dk.samspil.shared.EventListeners;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mails of the municipality's side: every step tells the proposer and the council, with a link
 * to the public page, and the contact person or the department when they must act; the proposer's
 * address reaches no one else; the department is reminded once before its answer deadline. And the
 * overview and the contact person's desk show what waits.
 */
@SamspilTest
class MunicipalityMailTests {

  /** A mail queued by a listener: its once-key, recipient and text. */
  record Queued(String key, String recipient, String subject, String body) {}

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired MunicipalityFixtures fixtures;
  @Autowired DepartmentAnswers answers;
  @Autowired AnswerReminders reminders;
  @Autowired MunicipalityQueries lists;
  @Autowired EventListeners listeners;
  @Autowired JdbcClient jdbc;
  @Autowired GreenMail greenMail;
  @Autowired dk.samspil.area.AreaManagement areas;
  @Autowired dk.samspil.council.CouncilManagement councils;

  @Value("${samspil.base-url}")
  String baseUrl;

  List<Queued> queued(String keyPrefix) {
    listeners.awaitCompletion();
    return jdbc.sql(
            "select once_key, recipient, subject, body from outbox_mail where once_key like ?"
                + " order by id")
        .param(keyPrefix + "%")
        .query(
            (rs, row) ->
                new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /** Waits (up to a minute) until the outbox has sent this many mails to the address. */
  void awaitSent(String address, int count) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline
        && jdbc.sql("select count(*) from outbox_mail where recipient = ? and status = 'SENT'")
                .param(address)
                .query(Long.class)
                .single()
            < count) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  String publicLink(Proposal proposal) {
    return baseUrl.replaceAll("/+$", "") + "/forslag/" + proposal.getId();
  }

  @Test
  void everyStepMailsTheProposerAndTheCouncilWithThePublicLinkAndNeverTheProposersAddress() {
    String proposer = uniqueProposer();
    Proposal proposal = fixtures.acknowledged(uniqueTitle("Busstoppested"), proposer);
    answers.answer(
        proposal.getId(),
        MunicipalAnswer.JA,
        "Vi flytter stoppestedet i august.",
        null,
        fixtures.accountId(MunicipalityFixtures.EMPLOYEE));
    answers.complete(proposal.getId(), null, fixtures.accountId(MunicipalityFixtures.EMPLOYEE));

    List<Queued> mails = queued("proposal-step:" + proposal.getId() + ":");
    List<Queued> toProposer = mails.stream().filter(m -> m.key().endsWith(":proposer")).toList();
    // received, forwarded, given to a department, acknowledged, answered, done
    assertThat(toProposer).hasSize(6);
    assertThat(toProposer)
        .allMatch(m -> m.recipient().equals(proposer))
        .allMatch(m -> m.body().contains(publicLink(proposal)))
        .allMatch(m -> m.body().startsWith("Kære Mette Testesen"));
    // the listeners queue the steps' mails in any order: the answer is the step at position 4
    assertThat(toProposer)
        .filteredOn(m -> m.key().startsWith("proposal-step:" + proposal.getId() + ":4:"))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).contains("Vi flytter stoppestedet i august."));

    List<Queued> toCouncil = mails.stream().filter(m -> m.key().contains(":council:")).toList();
    assertThat(toCouncil).isNotEmpty();
    assertThat(mails.stream().filter(m -> !m.key().endsWith(":proposer")))
        .allMatch(m -> !m.body().contains(proposer) && !m.subject().contains(proposer))
        .allMatch(m -> !m.recipient().equalsIgnoreCase(proposer));
    // the council's mail about a new proposal leads to its handling page; the others to the public
    assertThat(
            mails.stream()
                .filter(
                    m ->
                        m.key().startsWith("proposal-step:" + proposal.getId() + ":0:")
                            && !m.key().endsWith(":proposer")))
        .isNotEmpty()
        .allMatch(m -> m.body().contains(publicLink(proposal) + "/behandling"));
    assertThat(
            mails.stream()
                .filter(
                    m ->
                        m.key().startsWith("proposal-step:" + proposal.getId() + ":4:")
                            && !m.key().endsWith(":proposer")))
        .isNotEmpty()
        .allMatch(m -> m.body().startsWith("Til Fensmark Lokalråd"))
        .allMatch(m -> m.body().contains(publicLink(proposal) + "\n"));

    // the contact person is asked to route it; the department's employees to acknowledge it
    assertThat(
            mails.stream()
                .filter(
                    m ->
                        m.key()
                            .startsWith(
                                "proposal-step:"
                                    + proposal.getId()
                                    + ":1:contact:contact-person:")))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).contains("/kontaktperson/forslag"));
    assertThat(
            mails.stream()
                .filter(
                    m ->
                        m.key()
                            .startsWith(
                                "proposal-step:" + proposal.getId() + ":2:department:account:")))
        .anySatisfy(m -> assertThat(m.recipient()).isEqualTo(MunicipalityFixtures.EMPLOYEE))
        .allMatch(m -> m.body().contains("/medarbejder/forslag/" + proposal.getId()));

    // and the mails reach the proposer's mailbox (after the mails other tests queued before)
    awaitSent(proposer, 6);
    MimeMessage answer =
        TestMailServer.awaitMessageTo(greenMail, proposer, "Kommunen har svaret på dit forslag");
    assertThat(answer).isNotNull();
  }

  @Test
  void theContactPersonIsToldWhenTheProposerAsksHerAfterTheDeadline() {
    Proposal proposal = fixtures.askedAfterDeadline(uniqueTitle("Spurgt"), uniqueProposer());

    List<Queued> mails = queued("proposal-step:" + proposal.getId() + ":");
    // received (0), deadline passed (1: mailed by the council's part), asked (2)
    String key = "proposal-step:" + proposal.getId() + ":";
    assertThat(mails.stream().filter(m -> m.key().startsWith(key + "1:"))).isEmpty();
    assertThat(mails.stream().filter(m -> m.key().startsWith(key + "2:")))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.key()).contains(":contact-person:");
              assertThat(m.subject()).contains(proposal.getTitle());
              assertThat(m.body()).contains("Forslagsstilleren beder dig sende det videre");
            });
  }

  @Test
  void aProposalFromAnAreaWithoutACouncilReachesItsContactPersonWithTheHandlingLink()
      throws Exception {
    dk.samspil.area.Area area =
        areas.areas().stream()
            .filter(a -> a.getContactPersonId() != null)
            .filter(a -> councils.councilOf(a.getId()).isEmpty())
            .findFirst()
            .orElseThrow();
    Proposal proposal =
        fixtures.receivedWithoutCouncil(uniqueTitle("Byhave"), area.getId(), uniqueProposer());

    List<Queued> mails = queued("proposal-step:" + proposal.getId() + ":0:");
    assertThat(mails.stream().filter(m -> m.key().endsWith(":proposer")))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).contains("kontaktpersonen for " + area.getName()));
    assertThat(mails.stream().filter(m -> m.key().contains(":contact:contact-person:")))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).contains(publicLink(proposal) + "/behandling"));
    assertThat(mails.stream().filter(m -> m.key().contains(":council:"))).isEmpty();

    // on her list, among those she handles as the council would
    assertThat(lists.contactList(Set.of(), Set.of(area.getId())).asCouncil())
        .extracting(Proposal::getId)
        .contains(proposal.getId());
  }

  @Test
  void aReturnedProposalTellsTheProposerWhy() {
    String proposer = uniqueProposer();
    Proposal proposal = fixtures.returned(fixtures.received(uniqueTitle("Retur"), proposer));

    assertThat(queued("proposal-step:" + proposal.getId() + ":1:proposer"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.body())
                    .contains("Det er allerede planlagt")
                    .contains("Kommunen laver overgangen næste år.")
                    .contains(publicLink(proposal)));
  }

  @Test
  void remindsTheDepartmentOnceBeforeTheAnswerDeadline() {
    Proposal proposal = fixtures.atDepartment(uniqueTitle("Frist"), uniqueProposer());
    // the answer is due in three days
    jdbc.sql("update proposal set answer_deadline = ? where id = ?")
        .params(LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(3), proposal.getId())
        .update();

    reminders.remindDepartments(7);
    reminders.remindDepartments(7);

    List<Queued> reminded = queued("proposal-answer-reminder:" + proposal.getId() + ":");
    assertThat(reminded)
        .isNotEmpty()
        .anySatisfy(m -> assertThat(m.recipient()).isEqualTo(MunicipalityFixtures.EMPLOYEE))
        .allMatch(m -> m.body().contains("/medarbejder/forslag/" + proposal.getId()));
    assertThat(reminded.stream().map(Queued::recipient).distinct()).hasSameSizeAs(reminded);
    assertThat(fixtures.reload(proposal).answerReminderDue(LocalDate.now(), 7)).isFalse();
  }

  @Test
  void aProposalFarFromItsAnswerDeadlineIsNotReminded() {
    Proposal proposal = fixtures.atDepartment(uniqueTitle("Ikke endnu"), uniqueProposer());

    reminders.remindDepartments(7);

    assertThat(queued("proposal-answer-reminder:" + proposal.getId() + ":")).isEmpty();
  }

  @Test
  void theOverviewShowsWhatWaitsForTheMunicipalityAndTheCouncilsAnswerTimes() throws Exception {
    String title = uniqueTitle("Venter på kommunen");
    fixtures.forwarded(title, uniqueProposer());

    assertThat(lists.councilAnswerTimes())
        .anySatisfy(
            time -> {
              assertThat(time.councilId())
                  .isEqualTo(
                      fixtures
                          .reload(fixtures.forwarded(uniqueTitle("Tid"), uniqueProposer()))
                          .getCouncilId());
              assertThat(time.decided()).isPositive();
              assertThat(time.medianDays()).isGreaterThanOrEqualTo(0);
            });

    String overview =
        mvc.perform(
                get("/medarbejder/overblik")
                    .with(authentication(personas.authentication(Persona.MEDARBEJDER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(overview)
        .contains("Borgerforslag, som venter på kommunen")
        .contains(title)
        .contains("Lokalrådenes svartider på borgerforslag")
        .contains("Fensmark Lokalråd")
        .contains("Svartid (median)");
  }

  @Test
  void theContactPersonsDeskShowsTheProposalsThatWaitForHerAndLinksToHerList() throws Exception {
    String title = uniqueTitle("På skrivebordet");
    fixtures.forwarded(title, uniqueProposer());

    String desk =
        mvc.perform(
                get("/kontaktperson")
                    .with(authentication(personas.authentication(Persona.KONTAKTPERSON))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(desk)
        .contains("id=\"borgerforslag\"")
        .contains("href=\"/kontaktperson/forslag\"")
        .contains("vælge en forvaltning");
    assertThat(
            lists
                .contactList(
                    Set.of(
                        fixtures
                            .reload(fixtures.forwarded(uniqueTitle("x"), uniqueProposer()))
                            .getCouncilId()),
                    Set.of())
                .toRoute())
        .extracting(Proposal::getTitle)
        .contains(title);
  }
}
