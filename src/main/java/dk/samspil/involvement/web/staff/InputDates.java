package dk.samspil.involvement.web.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as people type them: the browser's date field sends 2027-03-22; without it, Danes write
 * 22.3.2027 or 22-03-2027.
 */
final class InputDates {

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

  private InputDates() {}

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The date, or null when the text is blank or no date. */
  static LocalDate parse(String text) {
    if (isBlank(text)) {
      return null;
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        return LocalDate.parse(text.strip(), format);
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return null;
  }

  /** The date as the browser's date field shows it, or empty. */
  static String format(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
