package dk.samspil.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.council.MeetingRhythm;
import dk.samspil.involvement.DeadlinePolicy.Invited;
import dk.samspil.involvement.DeadlinePolicy.Minimums;
import dk.samspil.involvement.DeadlinePolicy.Warning;
import dk.samspil.involvement.Holidays.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTests {

  static final LocalDate START = LocalDate.of(2027, 3, 1); // a Monday

  /** Denmark's public holidays, and the school holidays of a municipality that takes July off. */
  static final Holidays HOLIDAYS =
      Holidays.danish(
          List.of(
              Period.schoolHoliday(
                  "Vinterferie", LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 21)),
              Period.schoolHoliday(
                  "Sommerferie", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31)),
              Period.schoolHoliday(
                  "Juleferie", LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 3))));

  static final Invited FIRST_TUESDAY =
      new Invited(1L, "Fensmark Lokalråd", MeetingRhythm.parse("første tirsdag i måneden"));

  List<String> warnings(LocalDate deadline, ProcessType type, boolean plan, Invited... councils) {
    return DeadlinePolicy.check(
            START, deadline, type, plan, List.of(councils), Minimums.DEFAULTS, HOLIDAYS)
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
            Minimums.DEFAULTS,
            HOLIDAYS);

    assertThat(check.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.messageKey()).isEqualTo("deadline.warning.no-meeting");
              assertThat(warning.councilId()).isEqualTo(2L);
              // its last Thursday in March is skærtorsdag (25 March 2027), so it meets in April
              assertThat(warning.arguments())
                  .containsExactly("Lokalrådet Tappernøje", LocalDate.of(2027, 4, 29));
            });
    // a week after 29 April, not counting Kristi himmelfartsdag (6 May)
    assertThat(check.suggestedDeadline()).isEqualTo(LocalDate.of(2027, 5, 7));
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
            Minimums.DEFAULTS,
            HOLIDAYS);

    assertThat(check.warnings())
        .extracting(Warning::messageKey)
        .contains("deadline.warning.holiday", "deadline.warning.too-short");
    assertThat(holidaysNamed(check)).containsExactly("Sommerferie");
    // 9 days left in June (22nd to 30th), then 12 more in August
    assertThat(check.suggestedDeadline()).isEqualTo(LocalDate.of(2027, 8, 12));
    assertThat(
            DeadlinePolicy.check(
                    start,
                    check.suggestedDeadline(),
                    ProcessType.ANDET,
                    false,
                    List.of(),
                    Minimums.DEFAULTS,
                    HOLIDAYS)
                .passes())
        .isTrue();
  }

  @Test
  void warnsAboutChristmasAndNewYear() {
    LocalDate start = LocalDate.of(2027, 12, 6);

    DeadlinePolicy.Check check =
        DeadlinePolicy.check(
            start,
            LocalDate.of(2027, 12, 30),
            ProcessType.ANDET,
            false,
            List.of(),
            Minimums.DEFAULTS,
            HOLIDAYS);
    assertThat(check.warnings())
        .extracting(Warning::messageKey)
        .contains("deadline.warning.holiday");
    assertThat(holidaysNamed(check)).containsExactly("Juleferie");
    assertThat(
            DeadlinePolicy.check(
                    start,
                    LocalDate.of(2028, 1, 12),
                    ProcessType.ANDET,
                    false,
                    List.of(),
                    Minimums.DEFAULTS,
                    HOLIDAYS)
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
                  Minimums.DEFAULTS,
                  HOLIDAYS)
              .suggestedDeadline();
      assertThat(warnings(suggested, type, true, FIRST_TUESDAY, weekly))
          .as("%s by %s", type, suggested)
          .isEmpty();
    }
  }

  @Test
  void knowsDenmarksPublicHolidaysEasterIncluded() {
    assertThat(HOLIDAYS.on(LocalDate.of(2027, 3, 28)))
        .as("påskedag 2027")
        .hasValueSatisfying(day -> assertThat(day.getCodes()).contains("holiday.christian.EASTER"));
    assertThat(HOLIDAYS.on(LocalDate.of(2027, 5, 6)))
        .as("Kristi himmelfartsdag 2027")
        .hasValueSatisfying(
            day -> assertThat(day.getCodes()).contains("holiday.christian.ASCENSION_DAY"));
    assertThat(HOLIDAYS.isHoliday(LocalDate.of(2027, 3, 25))).as("skærtorsdag").isTrue();
    assertThat(HOLIDAYS.isHoliday(LocalDate.of(2027, 5, 17))).as("2. pinsedag").isTrue();
    assertThat(HOLIDAYS.isHoliday(LocalDate.of(2027, 12, 25))).as("juledag").isTrue();
  }

  @Test
  void knowsAConfiguredSchoolHolidayAndNothingInAnOrdinaryWeek() {
    assertThat(HOLIDAYS.on(LocalDate.of(2027, 2, 17)))
        .hasValueSatisfying(
            period -> {
              assertThat(period.isSchoolHoliday()).isTrue();
              assertThat(period.getDefaultMessage()).isEqualTo("Vinterferie");
            });
    for (LocalDate day = LocalDate.of(2027, 3, 8);
        day.isBefore(LocalDate.of(2027, 3, 15));
        day = day.plusDays(1)) {
      assertThat(HOLIDAYS.isHoliday(day)).as("%s", day).isFalse();
    }
    assertThat(Holidays.danish(List.of()).isHoliday(LocalDate.of(2027, 2, 17)))
        .as("without the setting, vinterferie is an ordinary week")
        .isFalse();
  }

  @Test
  void namesTheVinterferieAPeriodSpansAndDoesNotCountIt() {
    LocalDate start = LocalDate.of(2027, 2, 1);
    DeadlinePolicy.Check check =
        DeadlinePolicy.check(
            start,
            LocalDate.of(2027, 2, 22),
            ProcessType.ANDET,
            false,
            List.of(),
            Minimums.DEFAULTS,
            HOLIDAYS);

    assertThat(check.warnings())
        .extracting(Warning::messageKey)
        .containsExactly("deadline.warning.too-short", "deadline.warning.holiday");
    assertThat(check.warnings().get(1).arguments())
        .containsSubsequence(LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 21));
    // 11 days before the vinterferie (2nd to 12th), then 10 more after it
    assertThat(check.suggestedDeadline()).isEqualTo(LocalDate.of(2027, 3, 3));
  }

  @Test
  void namesThePublicHolidayADeadlineFallsOn() {
    DeadlinePolicy.Check check =
        DeadlinePolicy.check(
            START,
            LocalDate.of(2027, 5, 6),
            ProcessType.ANDET,
            false,
            List.of(FIRST_TUESDAY),
            Minimums.DEFAULTS,
            HOLIDAYS);

    assertThat(check.warnings())
        .singleElement()
        .satisfies(
            warning -> {
              assertThat(warning.messageKey()).isEqualTo("deadline.warning.ends-in-holiday");
              assertThat(warning.arguments())
                  .singleElement()
                  .isInstanceOfSatisfying(
                      Period.class,
                      day ->
                          assertThat(day.getCodes()).contains("holiday.christian.ASCENSION_DAY"));
            });
    // long enough, so the suggestion is the day after Kristi himmelfartsdag, and it passes
    assertThat(check.suggestedDeadline()).isEqualTo(LocalDate.of(2027, 5, 7));
    assertThat(warnings(check.suggestedDeadline(), ProcessType.ANDET, false, FIRST_TUESDAY))
        .isEmpty();
  }

  static List<String> holidaysNamed(DeadlinePolicy.Check check) {
    return check.warnings().stream()
        .filter(warning -> warning.messageKey().equals("deadline.warning.holiday"))
        .map(warning -> ((Period) warning.arguments().get(0)).getDefaultMessage())
        .toList();
  }
}
