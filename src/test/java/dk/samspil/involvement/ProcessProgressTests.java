package dk.samspil.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessProgressTests {

  static final LocalDate TODAY = StateMachineTests.TODAY;
  static final Instant NOW = StateMachineTests.NOW;

  static Invitation invited(long councilId) {
    return new Invitation(1L, councilId, "routing.reason.area=");
  }

  static Invitation contributed(long councilId) {
    Invitation invitation = invited(councilId);
    invitation.saveDraft("Vores bidrag", 0, 7L, NOW, true);
    invitation.send(7L, NOW, true, true, false);
    return invitation;
  }

  @Test
  void countsAnswersAndContributionsAwaitingFeedback() {
    InvolvementProcess process = StateMachineTests.draft();
    Invitation withFeedback = contributed(1L);
    withFeedback.giveFeedback(FeedbackVerdict.ANVENDT, "Tak, vi har brugt det", 9L, NOW, false);
    Invitation declined = invited(2L);
    declined.decline(null, 7L, NOW, true, false);

    ProcessProgress progress =
        ProcessProgress.of(
            process, List.of(withFeedback, declined, contributed(3L), invited(4L)), TODAY);

    assertThat(progress.invited()).isEqualTo(4);
    assertThat(progress.answered()).isEqualTo(3);
    assertThat(progress.contributed()).isEqualTo(2);
    assertThat(progress.declined()).isEqualTo(1);
    assertThat(progress.awaitingFeedback()).isEqualTo(1);
    assertThat(progress.answeredPercent()).isEqualTo(75);
    assertThat(progress.feedbackOverdue()).isFalse();
  }

  @Test
  void flagsFeedbackThatIsMoreThanFourWeeksLate() {
    InvolvementProcess process = StateMachineTests.draft();
    LocalDate deadline = process.getDeadline();
    List<Invitation> answers = List.of(contributed(1L));

    assertThat(ProcessProgress.of(process, answers, deadline.plusWeeks(4)).feedbackOverdue())
        .isFalse();
    assertThat(
            ProcessProgress.of(process, answers, deadline.plusWeeks(4).plusDays(1))
                .feedbackOverdue())
        .isTrue();
  }

  @Test
  void doesNotFlagAProcessWhoseContributionsAllHaveFeedback() {
    InvolvementProcess process = StateMachineTests.draft();
    Invitation answered = contributed(1L);
    answered.giveFeedback(
        FeedbackVerdict.IKKE_ANVENDT, "Det ligger uden for planen", 9L, NOW, false);

    ProcessProgress progress =
        ProcessProgress.of(process, List.of(answered), process.getDeadline().plusYears(1));

    assertThat(progress.awaitingFeedback()).isZero();
    assertThat(progress.feedbackOverdue()).isFalse();
  }

  @Test
  void givesNoPercentageForAProcessWithoutInvitations() {
    assertThat(ProcessProgress.of(StateMachineTests.draft(), List.of(), TODAY).answeredPercent())
        .isZero();
  }
}
