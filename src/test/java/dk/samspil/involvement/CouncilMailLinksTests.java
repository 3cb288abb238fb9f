package dk.samspil.involvement;

import static dk.samspil.involvement.InvolvementFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import dk.samspil.shared.Act;
import dk.samspil.shared.EventListeners;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every mail to a council links to the council's own page of the process, where it acts (drafts,
 * sends, reads the feedback), not to the public page; signed out, the link leads through sign-in
 * and back to that page.
 */
@SamspilTest
class CouncilMailLinksTests {

  static final String CHAIR = "formand.fensmark@samspil.test";
  static final String MEMBER = "medlem.fensmark@samspil.test";
  static final Pattern LINK = Pattern.compile("https?://\\S+");

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired InvolvementFixtures fixtures;
  @Autowired ProcessManagement processes;
  @Autowired FeedbackManagement feedback;
  @Autowired EventListeners listeners;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessQueries queries;

  /** The bodies of the mails queued under this key prefix, once the listeners have run. */
  List<String> mails(String onceKeyPrefix) {
    listeners.awaitCompletion();
    return jdbc.sql("select body from outbox_mail where once_key like ?")
        .param(onceKeyPrefix + "%")
        .query(String.class)
        .list();
  }

  /** The path of the one link in the mail. */
  static String linkIn(String body) {
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("the mail has a link: %s", body).isTrue();
    String path = URI.create(link.group()).getPath();
    assertThat(link.find()).as("the mail has one link").isFalse();
    return path;
  }

  static String answerPage(Long processId) {
    return "/mit-lokalraad/fensmark/inddragelser/" + processId;
  }

  void assertLinksToTheAnswerPage(String onceKeyPrefix, Long processId) {
    List<String> bodies = mails(onceKeyPrefix);
    assertThat(bodies).as("mails queued for %s", onceKeyPrefix).isNotEmpty();
    for (String body : bodies) {
      assertThat(linkIn(body)).isEqualTo(answerPage(processId));
    }
  }

  @Test
  void theInvitationTheReminderAndTheChangedDeadlineLinkToTheCouncilsAnswerPage() {
    Long id = fixtures.openProcess(uniqueTitle("Link i invitationen"), "fensmark");
    Invitation invitation = fixtures.invitation(id, "fensmark");

    assertLinksToTheAnswerPage("process-published:" + id + ":", id);

    transaction.executeWithoutResult(
        status ->
            events.publishEvent(
                new InvitationReminded(invitation.getId(), id, invitation.getCouncilId())));
    assertLinksToTheAnswerPage("invitation-reminded:" + invitation.getId(), id);

    processes.extendDeadline(id, queries.today().plusDays(60));
    assertLinksToTheAnswerPage("deadline-changed:" + id + ":", id);
  }

  @Test
  void theFeedbackAndTheOutcomeLinkToTheCouncilsAnswerPage() {
    Long id = fixtures.openProcess(uniqueTitle("Link i tilbagemeldingen"), "fensmark");
    fixtures.contribute(id, "fensmark", "Vores bidrag", true, CHAIR);
    Invitation invitation = fixtures.invitation(id, "fensmark");

    feedback.giveFeedback(
        invitation.getId(), FeedbackVerdict.ANVENDT, "Tak, det bruger vi.", employee());
    assertLinksToTheAnswerPage("feedback-given:" + invitation.getId() + ":", id);

    processes.closeForContributions(id);
    processes.recordOutcome(id, "Udvalget vedtog planen.", queries.today(), null, null, employee());
    assertLinksToTheAnswerPage("outcome-recorded:" + id + ":", id);
  }

  @Test
  void aCouncilReadsTheFeedbackOnItsNonPublicContributionThroughTheMailsLinkAfterSigningIn()
      throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Ikke offentligt bidrag"), "fensmark");
    fixtures.contribute(id, "fensmark", "Med navne på naboer", false, CHAIR);
    Invitation invitation = fixtures.invitation(id, "fensmark");
    feedback.giveFeedback(
        invitation.getId(),
        FeedbackVerdict.DELVIST_ANVENDT,
        "Vi tager stien med, men ikke belysningen.",
        employee());
    String link = linkIn(mails("feedback-given:" + invitation.getId() + ":").get(0));

    // signed out, the link asks for sign-in and comes back to the page afterwards
    MvcResult signedOut =
        mvc.perform(get(link))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl("/login"))
            .andReturn();
    Cookie session = signedOut.getResponse().getCookie("SESSION");
    assertThat(session).as("the saved request's session").isNotNull();
    String back =
        mvc.perform(
                post("/login")
                    .cookie(session)
                    .param("username", MEMBER)
                    .param("password", "demo1234demo")
                    .with(csrf()))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(URI.create(back).getPath()).isEqualTo(link);

    String page =
        mvc.perform(get(link).with(authentication(personas.authenticationOf(MEMBER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Vi tager stien med, men ikke belysningen.")
        .contains("Med navne på naboer")
        .contains("I har markeret bidraget som ikke offentligt.");
    // the public page does not show it
    assertThat(
            mvc.perform(get("/inddragelser/" + id)).andReturn().getResponse().getContentAsString())
        .doesNotContain("Vi tager stien med, men ikke belysningen.")
        .doesNotContain("Med navne på naboer");
  }

  Act employee() {
    return Act.by(fixtures.accountId("medarbejder@samspil.test"));
  }
}
