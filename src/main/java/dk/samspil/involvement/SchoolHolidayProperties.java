package dk.samspil.involvement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The school holidays a municipality sets (vinterferie, påskeferie, sommerferie, efterårsferie,
 * juleferie), from and to both included: {@code samspil.municipality.school-holidays[0].name},
 * {@code .from}, {@code .to}. The deadline check counts them out like public holidays.
 */
@ConfigurationProperties("samspil.municipality")
record SchoolHolidayProperties(List<SchoolHoliday> schoolHolidays) {

  SchoolHolidayProperties {
    schoolHolidays = schoolHolidays == null ? List.of() : List.copyOf(schoolHolidays);
  }

  record SchoolHoliday(
      String name,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

  List<Holidays.Period> periods() {
    return schoolHolidays.stream()
        .map(holiday -> Holidays.Period.schoolHoliday(holiday.name(), holiday.from(), holiday.to()))
        .toList();
  }
}
