package dk.samspil.involvement;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;

/**
 * The days councils do not meet: Denmark's public holidays, from Jollyday's maintained calendar
 * (Easter and the feasts that move with it included), and the school holidays the municipality
 * configures, when many volunteers are away.
 */
public final class Holidays {

  /**
   * A named period without meetings: a public holiday (one day) or a school holiday. It is its own
   * name in the reader's language: a public holiday's name comes from the message bundles ({@code
   * holiday.<Jollyday key>}), a school holiday's is what the municipality configured.
   *
   * @param key Jollyday's key of a public holiday, or null for a school holiday
   * @param name the configured name, or Jollyday's English description of a public holiday
   */
  public record Period(String key, String name, LocalDate from, LocalDate to)
      implements MessageSourceResolvable {

    public Period {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException(name + " ends before it begins");
      }
    }

    /** A school holiday the municipality configured. */
    public static Period schoolHoliday(String name, LocalDate from, LocalDate to) {
      return new Period(null, name, from, to);
    }

    public boolean isSchoolHoliday() {
      return key == null;
    }

    boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether any day after {@code start} up to and including {@code end} is in the period. */
    boolean overlapsAfter(LocalDate start, LocalDate end) {
      LocalDate first = from.isAfter(start) ? from : start.plusDays(1);
      return !first.isAfter(to) && !first.isAfter(end);
    }

    @Override
    public String[] getCodes() {
      return key == null ? new String[0] : new String[] {"holiday." + key};
    }

    @Override
    public String getDefaultMessage() {
      return name;
    }
  }

  private static final HolidayManager DENMARK =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));

  private final List<Period> schoolHolidays;
  private final Map<Year, Map<LocalDate, Period>> publicHolidays = new ConcurrentHashMap<>();

  private Holidays(List<Period> schoolHolidays) {
    this.schoolHolidays =
        schoolHolidays.stream().sorted(Comparator.comparing(Period::from)).toList();
  }

  /** Denmark's public holidays and these school holidays. */
  public static Holidays danish(List<Period> schoolHolidays) {
    return new Holidays(schoolHolidays);
  }

  /** The school holiday or public holiday {@code day} is in, if any (a school holiday first). */
  public Optional<Period> on(LocalDate day) {
    return schoolHolidays.stream()
        .filter(period -> period.contains(day))
        .findFirst()
        .or(() -> Optional.ofNullable(publicHolidays(Year.from(day)).get(day)));
  }

  public boolean isHoliday(LocalDate day) {
    return on(day).isPresent();
  }

  /** The school holidays with a day after {@code start} up to and including {@code end}. */
  List<Period> schoolHolidaysAfter(LocalDate start, LocalDate end) {
    return schoolHolidays.stream().filter(period -> period.overlapsAfter(start, end)).toList();
  }

  private Map<LocalDate, Period> publicHolidays(Year year) {
    return publicHolidays.computeIfAbsent(
        year,
        y ->
            DENMARK.getHolidays(y).stream()
                .collect(
                    Collectors.toMap(
                        Holiday::getDate,
                        holiday ->
                            new Period(
                                holiday.getPropertiesKey(),
                                holiday.getDescription(Locale.ENGLISH),
                                holiday.getDate(),
                                holiday.getDate()),
                        (first, second) -> first)));
  }
}
