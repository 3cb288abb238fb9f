package dk.samspil.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Danish readers write them: "22. marts 2027", and times "22. marts 2027 kl. 14.05". */
public final class DanishDates {

  private static final Locale DANISH = Locale.forLanguageTag("da");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);

  private DanishDates() {}

  public static String format(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The day of the instant in Denmark, without the time: "22. marts 2027". */
  public static String day(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(TimeConfiguration.DANISH_TIME));
  }

  public static String format(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(TimeConfiguration.DANISH_TIME));
  }
}
