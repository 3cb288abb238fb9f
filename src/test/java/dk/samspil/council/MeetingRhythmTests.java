package dk.samspil.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingRhythmTests {

  @Test
  void readsTheFirstTuesdayOfTheMonth() {
    MeetingRhythm rhythm = MeetingRhythm.parse("Første tirsdag i måneden kl. 19");

    assertThat(rhythm.known()).isTrue();
    assertThat(rhythm.nextMeetingAfter(LocalDate.of(2026, 11, 26)))
        .isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(rhythm.nextMeetingAfter(LocalDate.of(2026, 12, 1)))
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void readsTheLastThursdayOfEveryMonth() {
    assertThat(
            MeetingRhythm.parse("den sidste torsdag i hver måned")
                .nextMeetingAfter(LocalDate.of(2026, 11, 1)))
        .isEqualTo(LocalDate.of(2026, 11, 26));
  }

  @Test
  void readsWeeklyAndFortnightlyMeetings() {
    assertThat(MeetingRhythm.parse("hver onsdag").nextMeetingAfter(LocalDate.of(2026, 11, 26)))
        .isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(
            MeetingRhythm.parse("Hver anden mandag").nextMeetingAfter(LocalDate.of(2026, 11, 26)))
        .isEqualTo(LocalDate.of(2026, 12, 10));
  }

  @Test
  void assumesAMonthWhenItCannotReadTheWords() {
    MeetingRhythm rhythm = MeetingRhythm.parse("efter behov");

    assertThat(rhythm.known()).isFalse();
    assertThat(rhythm.nextMeetingAfter(LocalDate.of(2026, 11, 1)))
        .isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(MeetingRhythm.parse(null).known()).isFalse();
  }
}
