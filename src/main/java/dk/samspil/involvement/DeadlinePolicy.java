package dk.samspil.involvement;

import dk.samspil.council.MeetingRhythm;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a deadline before a process is published, and proposes one that passes. The councils are
 * volunteers: each must get an ordinary meeting and a week after it to write, the period must be
 * long enough for the kind of process, and days in July and over Christmas and New Year do not
 * count, because councils do not meet then.
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

  private static final MonthDay CHRISTMAS_FROM = MonthDay.of(12, 20);
  private static final MonthDay CHRISTMAS_TO = MonthDay.of(1, 3);
  static final int WRITING_DAYS = 7;

  private DeadlinePolicy() {}

  /** Whether councils are on holiday on {@code day}: July, and 20 December to 3 January. */
  static boolean isHoliday(LocalDate day) {
    MonthDay monthDay = MonthDay.from(day);
    return day.getMonthValue() == 7
        || !monthDay.isBefore(CHRISTMAS_FROM)
        || !monthDay.isAfter(CHRISTMAS_TO);
  }

  /** Days after {@code from} up to and including {@code to} that are not holidays. */
  static long workingDays(LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (!isHoliday(day)) {
        count++;
      }
    }
    return count;
  }

  /** The first ordinary meeting after {@code day} that is not in a holiday. */
  static LocalDate nextMeeting(MeetingRhythm rhythm, LocalDate day) {
    LocalDate meeting = rhythm.nextMeetingAfter(day);
    while (isHoliday(meeting)) {
      meeting = rhythm.nextMeetingAfter(meeting);
    }
    return meeting;
  }

  public static Check check(
      LocalDate start,
      LocalDate deadline,
      ProcessType type,
      boolean municipalPlanHearing,
      List<Invited> councils,
      Minimums minimums) {
    int minimumDays = minimums.weeksFor(type, municipalPlanHearing) * 7;
    LocalDate suggested = earliestPassing(start, minimumDays, councils);
    List<Warning> warnings = new ArrayList<>();
    if (deadline == null || deadline.isBefore(suggested)) {
      LocalDate chosen = deadline == null ? start : deadline;
      if (workingDays(start, chosen) < minimumDays) {
        warnings.add(
            new Warning(
                "deadline.warning.too-short",
                null,
                List.of(
                    minimums.weeksFor(type, municipalPlanHearing), workingDays(start, chosen))));
      }
      for (Invited council : councils) {
        LocalDate meeting = nextMeeting(council.rhythm(), start);
        if (workingDays(meeting, chosen) < WRITING_DAYS) {
          warnings.add(
              new Warning(
                  council.rhythm().known()
                      ? "deadline.warning.no-meeting"
                      : "deadline.warning.no-meeting-unknown",
                  council.councilId(),
                  List.of(council.name(), meeting)));
        }
      }
      if (overlapsJuly(start, chosen)) {
        warnings.add(new Warning("deadline.warning.summer", null, List.of()));
      }
      if (overlapsChristmas(start, chosen)) {
        warnings.add(new Warning("deadline.warning.christmas", null, List.of()));
      }
      if (chosen.isAfter(start) && isHoliday(chosen) && warnings.isEmpty()) {
        warnings.add(new Warning("deadline.warning.ends-in-holiday", null, List.of()));
      }
    }
    return new Check(List.copyOf(warnings), suggested);
  }

  /** The earliest deadline that gives every council its meeting and week, and the minimum. */
  static LocalDate earliestPassing(LocalDate start, int minimumDays, List<Invited> councils) {
    LocalDate candidate = start;
    long have = 0;
    while (have < minimumDays) {
      candidate = candidate.plusDays(1);
      if (!isHoliday(candidate)) {
        have++;
      }
    }
    for (Invited council : councils) {
      LocalDate meeting = nextMeeting(council.rhythm(), start);
      LocalDate enough = meeting;
      long days = 0;
      while (days < WRITING_DAYS) {
        enough = enough.plusDays(1);
        if (!isHoliday(enough)) {
          days++;
        }
      }
      if (enough.isAfter(candidate)) {
        candidate = enough;
      }
    }
    return candidate;
  }

  private static boolean overlapsJuly(LocalDate start, LocalDate end) {
    return anyDay(start, end, day -> day.getMonthValue() == 7);
  }

  private static boolean overlapsChristmas(LocalDate start, LocalDate end) {
    return anyDay(start, end, day -> day.getMonthValue() != 7 && isHoliday(day));
  }

  private static boolean anyDay(
      LocalDate start, LocalDate end, java.util.function.Predicate<LocalDate> test) {
    if (ChronoUnit.DAYS.between(start, end) > 400) {
      return true;
    }
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      if (test.test(day)) {
        return true;
      }
    }
    return false;
  }

  /** Minimums by type, as configured. */
  public static Minimums minimums(Map<String, Integer> configured) {
    return new Minimums(
        configured.getOrDefault("municipal-plan-hearing", 8),
        configured.getOrDefault("local-plan", 4),
        configured.getOrDefault("other", 3));
  }
}
