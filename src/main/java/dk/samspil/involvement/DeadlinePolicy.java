package dk.samspil.involvement;

import dk.samspil.council.MeetingRhythm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a deadline before a process is published, and proposes one that passes. The councils are
 * volunteers: each must get an ordinary meeting and a week after it to write, the period must be
 * long enough for the kind of process, and public holidays and school holidays ({@link Holidays})
 * do not count, because councils do not meet then.
 */
public final class DeadlinePolicy {

  /** Shortest periods, in weeks: a hearing on the municipal plan, a local plan, everything else. */
  public record Minimums(int municipalPlanHearingWeeks, int localPlanWeeks, int otherWeeks) {

    public static final Minimums DEFAULTS = new Minimums(8, 4, 3);

    int weeksFor(ProcessType type, boolean municipalPlanHearing) {
      if (type == ProcessType.HOERING && municipalPlanHearing) {
        return municipalPlanHearingWeeks;
      }
      return type == ProcessType.LOKALPLAN ? localPlanWeeks : otherWeeks;
    }
  }

  /** An invited council as the check sees it. */
  public record Invited(Long councilId, String name, MeetingRhythm rhythm) {}

  /**
   * One warning: a message key, the council it concerns (null for the whole process) and the
   * message's arguments.
   */
  public record Warning(String messageKey, Long councilId, List<Object> arguments) {}

  /** The warnings for the chosen deadline, and the earliest deadline without any. */
  public record Check(List<Warning> warnings, LocalDate suggestedDeadline) {

    public boolean passes() {
      return warnings.isEmpty();
    }
  }

  static final int WRITING_DAYS = 7;

  private DeadlinePolicy() {}

  /** Days after {@code from} up to and including {@code to} that are not holidays. */
  static long workingDays(LocalDate from, LocalDate to, Holidays holidays) {
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (!holidays.isHoliday(day)) {
        count++;
      }
    }
    return count;
  }

  /** The first ordinary meeting after {@code day} that is not in a holiday. */
  static LocalDate nextMeeting(MeetingRhythm rhythm, LocalDate day, Holidays holidays) {
    LocalDate meeting = rhythm.nextMeetingAfter(day);
    while (holidays.isHoliday(meeting)) {
      meeting = rhythm.nextMeetingAfter(meeting);
    }
    return meeting;
  }

  /**
   * The warnings for a period from {@code start} to {@code deadline} (null: none chosen yet), and
   * the earliest deadline that passes. Holidays are the public holidays and the configured school
   * holidays; when the deadline is too early, each school holiday the period spans is named in a
   * warning; a deadline on a holiday that gets no other warning is told so, with the holiday's
   * name, and the suggestion is then at least the first day after it (a suggestion is never on a
   * holiday).
   */
  public static Check check(
      LocalDate start,
      LocalDate deadline,
      ProcessType type,
      boolean municipalPlanHearing,
      List<Invited> councils,
      Minimums minimums,
      Holidays holidays) {
    int minimumDays = minimums.weeksFor(type, municipalPlanHearing) * 7;
    LocalDate suggested = earliestPassing(start, minimumDays, councils, holidays);
    List<Warning> warnings = new ArrayList<>();
    if (deadline == null || deadline.isBefore(suggested)) {
      LocalDate chosen = deadline == null ? start : deadline;
      long working = workingDays(start, chosen, holidays);
      if (working < minimumDays) {
        warnings.add(
            new Warning(
                "deadline.warning.too-short",
                null,
                List.of(minimums.weeksFor(type, municipalPlanHearing), working)));
      }
      for (Invited council : councils) {
        LocalDate meeting = nextMeeting(council.rhythm(), start, holidays);
        if (workingDays(meeting, chosen, holidays) < WRITING_DAYS) {
          warnings.add(
              new Warning(
                  council.rhythm().known()
                      ? "deadline.warning.no-meeting"
                      : "deadline.warning.no-meeting-unknown",
                  council.councilId(),
                  List.of(council.name(), meeting)));
        }
      }
      for (Holidays.Period holiday : holidays.schoolHolidaysAfter(start, chosen)) {
        warnings.add(
            new Warning(
                "deadline.warning.holiday", null, List.of(holiday, holiday.from(), holiday.to())));
      }
    }
    Optional<Holidays.Period> endsIn =
        deadline != null && deadline.isAfter(start) && warnings.isEmpty()
            ? holidays.on(deadline)
            : Optional.empty();
    if (endsIn.isPresent()) {
      warnings.add(new Warning("deadline.warning.ends-in-holiday", null, List.of(endsIn.get())));
      if (!deadline.isBefore(suggested)) {
        // long enough, but on a holiday: the first day after it
        suggested = afterWorkingDays(deadline, 1, holidays);
      }
    }
    return new Check(List.copyOf(warnings), suggested);
  }

  /** The earliest deadline that gives every council its meeting and week, and the minimum. */
  static LocalDate earliestPassing(
      LocalDate start, int minimumDays, List<Invited> councils, Holidays holidays) {
    LocalDate candidate = afterWorkingDays(start, minimumDays, holidays);
    for (Invited council : councils) {
      LocalDate enough =
          afterWorkingDays(nextMeeting(council.rhythm(), start, holidays), WRITING_DAYS, holidays);
      if (enough.isAfter(candidate)) {
        candidate = enough;
      }
    }
    return candidate;
  }

  /** The day on which {@code days} days that are not holidays have passed since {@code from}. */
  private static LocalDate afterWorkingDays(LocalDate from, long days, Holidays holidays) {
    LocalDate day = from;
    long have = 0;
    while (have < days) {
      day = day.plusDays(1);
      if (!holidays.isHoliday(day)) {
        have++;
      }
    }
    return day;
  }

  /** Minimums by type, as configured. */
  public static Minimums minimums(Map<String, Integer> configured) {
    return new Minimums(
        configured.getOrDefault("municipal-plan-hearing", 8),
        configured.getOrDefault("local-plan", 4),
        configured.getOrDefault("other", 3));
  }
}
