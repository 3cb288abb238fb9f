package dk.samspil.involvement;

import static dk.samspil.involvement.InvolvementFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.shared.Act;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The involvement module on its own and the modules it depends on (plus the demonstration data to
 * act on): each use case is stimulated, its event is awaited, and then the state it leaves — the
 * aggregate's and the mails its listeners queued after the commit.
 */
@ApplicationModuleTest(
    mode = BootstrapMode.ALL_DEPENDENCIES,
    extraIncludes = {"demo", "reference", "shared", "notice", "proposal"})
@ActiveProfiles("test")
class InvolvementModuleTests {

  @Autowired InvolvementFixtures fixtures;
  @Autowired ProcessManagement processes;
  @Autowired FeedbackManagement feedback;
  @Autowired ProcessQueries queries;
  @Autowired JdbcClient jdbc;

  Act employee() {
    return Act.by(fixtures.accountId("medarbejder@samspil.test"));
  }

  int mailsQueued(String onceKeyPrefix) {
    return jdbc.sql("select count(*) from outbox_mail where once_key like ?")
        .param(onceKeyPrefix + "%")
        .query(Integer.class)
        .single();
  }

  @Test
  void publishingInvitesTheCouncilsAndQueuesOneMailToEach(Scenario scenario) {
    Long processId =
        fixtures
            .draft(uniqueTitle("Modul: offentliggøres"), ProcessType.HANDLEPLAN, "fensmark")
            .getId();
    Set<Long> councils = fixtures.councilIds("fensmark");

    scenario
        .stimulate(() -> processes.publish(processId, councils, employee()))
        .andWaitForEventOfType(ProcessPublished.class)
        .matching(event -> event.processId().equals(processId))
        .toArriveAndVerify(
            event -> {
              assertThat(event.invitedCouncilIds()).containsExactlyElementsOf(councils);
              assertThat(event.replayed()).isFalse();
              assertThat(queries.process(processId).getStatus()).isEqualTo(ProcessStatus.AABEN);
              assertThat(fixtures.invitation(processId, "fensmark").getState())
                  .isEqualTo(Invitation.State.INVITED);
            });

    scenario
        .stimulate(() -> {})
        .andWaitForStateChange(
            () -> mailsQueued("process-published:" + processId + ":"), queued -> queued > 0)
        .andVerify(queued -> assertThat(queued).as("the council's mailboxes").isPositive());
  }

  @Test
  void answeringSendsTheContribution(Scenario scenario) {
    Long processId = fixtures.openProcess(uniqueTitle("Modul: besvares"), "fensmark");
    Invitation invitation = fixtures.invitation(processId, "fensmark");

    scenario
        .stimulate(
            () ->
                fixtures.contribute(
                    processId, "fensmark", "Vores bidrag", true, "formand.fensmark@samspil.test"))
        .andWaitForEventOfType(ContributionSent.class)
        .matching(event -> event.invitationId().equals(invitation.getId()))
        .toArriveAndVerify(
            event -> {
              assertThat(event.councilId()).isEqualTo(invitation.getCouncilId());
              Invitation answered = queries.invitation(invitation.getId());
              assertThat(answered.getState()).isEqualTo(Invitation.State.CONTRIBUTED);
              assertThat(answered.isContributionPublic()).isTrue();
            });
  }

  @Test
  void feedbackIsRecordedAndMailedToTheCouncil(Scenario scenario) {
    Long processId = fixtures.openProcess(uniqueTitle("Modul: tilbagemelding"), "fensmark");
    fixtures.contribute(
        processId, "fensmark", "Vores bidrag", true, "formand.fensmark@samspil.test");
    Long invitationId = fixtures.invitation(processId, "fensmark").getId();

    scenario
        .stimulate(
            () ->
                feedback.giveFeedback(
                    invitationId, FeedbackVerdict.ANVENDT, "Tak, det tager vi med.", employee()))
        .andWaitForEventOfType(FeedbackGiven.class)
        .matching(event -> event.invitationId().equals(invitationId))
        .toArriveAndVerify(
            event -> {
              assertThat(event.verdict()).isEqualTo(FeedbackVerdict.ANVENDT);
              assertThat(queries.invitation(invitationId).awaitsFeedback()).isFalse();
            });

    scenario
        .stimulate(() -> {})
        .andWaitForStateChange(
            () -> mailsQueued("feedback-given:" + invitationId + ":"), queued -> queued > 0)
        .andVerify(queued -> assertThat(queued).as("the council's mailboxes").isPositive());
  }

  int mailsQueued(String onceKeyPrefix, String subjectPrefix) {
    return jdbc.sql("select count(*) from outbox_mail where once_key like ? and subject like ?")
        .params(onceKeyPrefix + "%", subjectPrefix + "%")
        .query(Integer.class)
        .single();
  }

  @Test
  void reSavingTheSameFeedbackMailsNobodyAndAChangeMailsThatItWasUpdated(Scenario scenario) {
    Long processId = fixtures.openProcess(uniqueTitle("Modul: gemt igen"), "fensmark");
    fixtures.contribute(
        processId, "fensmark", "Vores bidrag", true, "formand.fensmark@samspil.test");
    Long invitationId = fixtures.invitation(processId, "fensmark").getId();
    String key = "feedback-given:" + invitationId + ":";

    scenario
        .stimulate(
            () ->
                feedback.giveFeedback(
                    invitationId, FeedbackVerdict.ANVENDT, "Tak, det tager vi med.", employee()))
        .andWaitForStateChange(() -> mailsQueued(key), queued -> queued > 0)
        .andVerify(queued -> assertThat(queued).isPositive());
    int firstMail = mailsQueued(key);
    var firstAt = queries.invitation(invitationId).getFeedbackAt();

    assertThat(
            feedback.giveFeedback(
                invitationId, FeedbackVerdict.ANVENDT, " Tak, det tager vi med. ", employee()))
        .isEqualTo(FeedbackChange.UNCHANGED);
    assertThat(queries.invitation(invitationId).getFeedbackAt()).isEqualTo(firstAt);

    scenario
        .stimulate(
            () ->
                feedback.giveFeedback(
                    invitationId, FeedbackVerdict.DELVIST_ANVENDT, "Kun delvist.", employee()))
        .andWaitForStateChange(
            () -> mailsQueued(key, "Opdateret tilbagemelding"), queued -> queued > 0)
        .andVerify(
            updated -> {
              assertThat(updated).as("one updated mail to each mailbox").isEqualTo(firstMail);
              assertThat(mailsQueued(key))
                  .as("no mail for the unchanged re-save")
                  .isEqualTo(2 * firstMail);
            });
    assertThat(
            jdbc.sql("select body from outbox_mail where once_key like ? and subject like ?")
                .params(key + "%", "Opdateret%")
                .query(String.class)
                .list())
        .allSatisfy(body -> assertThat(body).contains("opdateret sin tilbagemelding"));
  }
}
