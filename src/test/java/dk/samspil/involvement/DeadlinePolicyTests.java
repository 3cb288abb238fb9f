package dk.samspil.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.council.MeetingRhythm;
import dk.samspil.involvement.DeadlinePolicy.Invited;
import dk.samspil.involvement.DeadlinePolicy.Minimums;
import dk.samspil.involvement.DeadlinePolicy.Warning;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTests {

  static final LocalDate START = LocalDate.of(2027, 3, 1); // a Monday
  static final Invited FIRST_TUESDAY =
      new Invited(1L, "Fensmark Lokalråd", MeetingRhythm.parse("første tirsdag i måneden"));

  List<String> warnings(LocalDate deadline, ProcessType type, boolean plan, Invited... councils) {
    return DeadlinePolicy.check(START, deadline, type, plan, List.of(councils), Minimums.DEFAULTS)
        .warnings()
        .stream()
        .map(Warning::messageKey)
        .toList();
  }

  @Test
  void passesAPeriodWithAMeetingAWeekAndTheMinimum() {
    // meeting Tuesday 2 March, a week after it is 9 March; the minimum (3 weeks) is 22 March
    assertThat(warnings(LocalDate.of(2027, 3, 22), ProcessType.STRATEGI, false, FIRST_TUESDAY))
        .isEmpty();
  }

  @Test
  void warnsWhenThePeriodIsShorterThanTheMinimumForTheType() {
    assertThat(warnings(LocalDate.of(2027, 3, 21), ProcessType.STRATEGI, false))
        .containsExactly("deadline.warning.too-short");
    assertThat(warnings(LocalDate.of(2027, 3, 26), ProcessType.LOKALPLAN, false))
        .containsExactly("deadline.warning.too-short");
    assertThat(warnings(LocalDate.of(2027, 4, 20), ProcessType.HOERING, true))
        .as("a hearing on the municipal plan needs eight weeks")
        .containsExactly("deadline.warning.too-short");
    assertThat(warnings(LocalDate.of(2027, 4, 20), ProcessType.HOERING, false)).isEmpty();
  }

  @Test
  void warnsPerCouncilThatGetsNoMeetingAndAWeekBeforeTheDeadline() {
    Invited lastThursday =
        new Invited(2L, "Lokalrådet Tappernøje", MeetingRhythm.parse("sidste torsdag i måneden"));

    DeadlinePolicy.Check check =
        DeadlinePolicy.check(
            START,
            LocalDate.of(2027, 3, 25),
            ProcessType.ANDET,
            false,
            List.of(FIRST_TUESDAY, lastThursday),
            Minimums.DEFAULTS);

    assertThat(check.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.messageKey()).isEqualTo("deadline.warning.no-meeting");
              assertThat(warning.councilId()).isEqualTo(2L);
              assertThat(warning.arguments())
                  .containsExactly("Lokalrådet Tappernøje", LocalDate.of(2027, 3, 25));
            });
    assertThat(check.suggestedDeadline()).isEqualTo(LocalDate.of(2027, 4, 1));
  }

  @Test
  void warnsAboutJulyAndSuggestsADeadlineThatDoesNotCountIt() {
    LocalDate start = LocalDate.of(2027, 6, 21);
    DeadlinePolicy.Check check =
        DeadlinePolicy.check(
            start,
            LocalDate.of(2027, 7, 12),
            ProcessType.ANDET,
            false,
            List.of(),
            Minimums.DEFAULTS);

    assertThat(check.warnings())
        .extracting(Warning::messageKey)
        .contains("deadline.warning.summer", "deadline.warning.too-short");
    // 9 days left in June (22nd to 30th), then 12 more in August
    assertThat(check.suggestedDeadline()).isEqualTo(LocalDate.of(2027, 8, 12));
    assertThat(
            DeadlinePolicy.check(
                    start,
                    check.suggestedDeadline(),
                    ProcessType.ANDET,
                    false,
                    List.of(),
                    Minimums.DEFAULTS)
                .passes())
        .isTrue();
  }

  @Test
  void warnsAboutChristmasAndNewYear() {
    LocalDate start = LocalDate.of(2027, 12, 6);

    assertThat(
            DeadlinePolicy.check(
                    start,
                    LocalDate.of(2027, 12, 30),
                    ProcessType.ANDET,
                    false,
                    List.of(),
                    Minimums.DEFAULTS)
                .warnings())
        .extracting(Warning::messageKey)
        .contains("deadline.warning.christmas");
    assertThat(
            DeadlinePolicy.check(
                    start,
                    LocalDate.of(2028, 1, 12),
                    ProcessType.ANDET,
                    false,
                    List.of(),
                    Minimums.DEFAULTS)
                .passes())
        .isTrue();
  }

  @Test
  void assumesAMonthlyMeetingForACouncilWhoseRhythmIsUnknown() {
    Invited unknown = new Invited(3L, "Fodby Lokalråd", MeetingRhythm.parse(""));

    assertThat(warnings(LocalDate.of(2027, 3, 22), ProcessType.ANDET, false, unknown))
        .containsExactly("deadline.warning.no-meeting-unknown");
  }

  @Test
  void theSuggestedDeadlinePassesEveryCheck() {
    Invited weekly = new Invited(4L, "Rønnebæk Lokalråd", MeetingRhythm.parse("hver onsdag"));
    for (ProcessType type : ProcessType.values()) {
      LocalDate suggested =
          DeadlinePolicy.check(
                  START,
                  START.plusDays(2),
                  type,
                  true,
                  List.of(FIRST_TUESDAY, weekly),
                  Minimums.DEFAULTS)
              .suggestedDeadline();
      assertThat(warnings(suggested, type, true, FIRST_TUESDAY, weekly))
          .as("%s by %s", type, suggested)
          .isEmpty();
    }
  }
}
