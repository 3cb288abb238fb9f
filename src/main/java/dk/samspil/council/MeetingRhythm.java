package dk.samspil.council;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a council meets, read from the words it wrote in its profile („første tirsdag i måneden“,
 * „hver onsdag“, „hver anden torsdag“). What cannot be read is taken as „once a month, on a day we
 * do not know„, so that deadline warnings err on the council's side.
 */
public final class MeetingRhythm {

  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "mandag", DayOfWeek.MONDAY,
          "tirsdag", DayOfWeek.TUESDAY,
          "onsdag", DayOfWeek.WEDNESDAY,
          "torsdag", DayOfWeek.THURSDAY,
          "fredag", DayOfWeek.FRIDAY,
          "lørdag", DayOfWeek.SATURDAY,
          "søndag", DayOfWeek.SUNDAY);

  private static final Map<String, Integer> ORDINALS =
      Map.of(
          "første", 1, "1.", 1, "anden", 2, "andet", 2, "2.", 2, "tredje", 3, "3.", 3, "fjerde", 4,
          "4.", 4, "sidste", -1);

  private static final String DAY = "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)";
  private static final Pattern MONTHLY =
      Pattern.compile(
          "(første|1\\.|anden|andet|2\\.|tredje|3\\.|fjerde|4\\.|sidste)\\s+" + DAY + ".*måned");
  private static final Pattern FORTNIGHTLY = Pattern.compile("hver\\s+(anden|2\\.)\\s+" + DAY);
  private static final Pattern WEEKLY = Pattern.compile("hver\\s+" + DAY);

  private enum Kind {
    MONTHLY_ON_DAY,
    WEEKLY,
    EVERY_DAYS
  }

  private final Kind kind;
  private final int ordinal;
  private final DayOfWeek day;
  private final int days;
  private final boolean known;

  private MeetingRhythm(Kind kind, int ordinal, DayOfWeek day, int days, boolean known) {
    this.kind = kind;
    this.ordinal = ordinal;
    this.day = day;
    this.days = days;
    this.known = known;
  }

  /** Reads a council's own description of its meeting rhythm. */
  public static MeetingRhythm parse(String text) {
    String words = text == null ? "" : text.toLowerCase(Locale.forLanguageTag("da")).strip();
    Matcher monthly = MONTHLY.matcher(words);
    if (monthly.find()) {
      return new MeetingRhythm(
          Kind.MONTHLY_ON_DAY, ORDINALS.get(monthly.group(1)), DAYS.get(monthly.group(2)), 0, true);
    }
    Matcher fortnightly = FORTNIGHTLY.matcher(words);
    if (fortnightly.find()) {
      // the week of the cycle is unknown: the next meeting may be up to two weeks away
      return new MeetingRhythm(Kind.EVERY_DAYS, 0, null, 14, true);
    }
    Matcher weekly = WEEKLY.matcher(words);
    if (weekly.find()) {
      return new MeetingRhythm(Kind.WEEKLY, 0, DAYS.get(weekly.group(1)), 0, true);
    }
    if (words.contains("hver anden måned")) {
      return new MeetingRhythm(Kind.EVERY_DAYS, 0, null, 61, true);
    }
    if (words.contains("kvartal")) {
      return new MeetingRhythm(Kind.EVERY_DAYS, 0, null, 92, true);
    }
    return new MeetingRhythm(Kind.EVERY_DAYS, 0, null, 31, false);
  }

  /** Whether the words could be read; otherwise a monthly rhythm is assumed. */
  public boolean known() {
    return known;
  }

  /** The council's first ordinary meeting after {@code day} (at the latest, where unknown). */
  public LocalDate nextMeetingAfter(LocalDate day) {
    return switch (kind) {
      case WEEKLY -> day.with(TemporalAdjusters.next(this.day));
      case EVERY_DAYS -> day.plusDays(days);
      case MONTHLY_ON_DAY -> {
        LocalDate candidate = inMonth(day);
        yield candidate.isAfter(day) ? candidate : inMonth(day.plusMonths(1).withDayOfMonth(1));
      }
    };
  }

  private LocalDate inMonth(LocalDate anyDayOfMonth) {
    return ordinal == -1
        ? anyDayOfMonth.with(TemporalAdjusters.lastInMonth(day))
        : anyDayOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
  }
}
