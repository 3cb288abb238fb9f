package dk.samspil.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a council gets its one reminder of a deadline. */
class ReminderRuleTests {

  static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
  static final LocalDate PUBLISHED = StateMachineTests.TODAY;
  static final int DAYS = 7;

  /** A process published on {@link #PUBLISHED} with a deadline four weeks later. */
  static InvolvementProcess open() {
    InvolvementProcess process = StateMachineTests.draft();
    process.publish(
        PUBLISHED, StateMachineTests.invited(1), List.of(), StateMachineTests.NOW, false);
    return process;
  }

  static Invitation invitation() {
    return new Invitation(1L, 2L, "routing.reason.area=");
  }

  @Test
  void remindsFromTheGivenNumberOfDaysBeforeTheDeadlineUntilTheDeadline() {
    InvolvementProcess process = open();
    LocalDate deadline = process.getDeadline();
    Invitation invitation = invitation();

    assertThat(invitation.isDueForReminder(process, deadline.minusDays(DAYS + 1), DANISH, DAYS))
        .isFalse();
    assertThat(invitation.isDueForReminder(process, deadline.minusDays(DAYS), DANISH, DAYS))
        .isTrue();
    assertThat(invitation.isDueForReminder(process, deadline, DANISH, DAYS)).isTrue();
    assertThat(invitation.isDueForReminder(process, deadline.plusDays(1), DANISH, DAYS)).isFalse();
  }

  @Test
  void remindsOnlyOnce() {
    InvolvementProcess process = open();
    Invitation invitation = invitation();
    LocalDate day = process.getDeadline().minusDays(3);

    invitation.remind(Instant.parse("2027-03-25T08:00:00Z"));

    assertThat(invitation.getRemindedAt()).isNotNull();
    assertThat(invitation.isDueForReminder(process, day, DANISH, DAYS)).isFalse();
  }

  @Test
  void remindsCouncilsWorkingOnADraftButNotThoseThatAnswered() {
    InvolvementProcess process = open();
    LocalDate day = process.getDeadline().minusDays(3);
    Instant now = StateMachineTests.NOW;
    Invitation drafting = invitation();
    drafting.saveDraft("Udkast", 0, 7L, now, true);
    Invitation sent = invitation();
    sent.saveDraft("Bidrag", 0, 7L, now, true);
    sent.send(7L, now, true, true, false);
    Invitation declined = invitation();
    declined.decline("Ingen tid", 7L, now, true, false);

    assertThat(drafting.isDueForReminder(process, day, DANISH, DAYS)).isTrue();
    assertThat(sent.isDueForReminder(process, day, DANISH, DAYS)).isFalse();
    assertThat(declined.isDueForReminder(process, day, DANISH, DAYS)).isFalse();
  }

  @Test
  void doesNotRemindCouncilsInvitedWithinTheReminderPeriod() {
    InvolvementProcess process = StateMachineTests.draft();
    LocalDate deadline = process.getDeadline();
    LocalDate publishedLate = deadline.minusDays(5);
    process.publish(
        publishedLate,
        StateMachineTests.invited(1),
        List.of(),
        publishedLate.atTime(10, 0).atZone(DANISH).toInstant(),
        false);

    assertThat(invitation().isDueForReminder(process, deadline.minusDays(2), DANISH, DAYS))
        .isFalse();
  }

  @Test
  void doesNotRemindForAProcessThatNoLongerTakesAnswers() {
    InvolvementProcess process = open();
    process.closeForContributions();

    assertThat(
            invitation()
                .isDueForReminder(process, process.getDeadline().minusDays(1), DANISH, DAYS))
        .isFalse();
  }
}
