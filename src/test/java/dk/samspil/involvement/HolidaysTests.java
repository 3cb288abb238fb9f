package dk.samspil.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.involvement.Holidays.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The holidays as the deadline warnings name them, in Danish and in English. */
class HolidaysTests {

  static final Locale DANISH = Locale.forLanguageTag("da");

  final ResourceBundleMessageSource messages = messages();

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/involvement");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  final Holidays holidays =
      Holidays.danish(
          List.of(
              Period.schoolHoliday(
                  "Vinterferie", LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 21))));

  String warning(LocalDate day, Locale locale) {
    return messages.getMessage(
        "deadline.warning.ends-in-holiday", new Object[] {holidays.on(day).orElseThrow()}, locale);
  }

  @Test
  void namesPublicHolidaysInTheReadersLanguage() {
    assertThat(warning(LocalDate.of(2027, 5, 6), DANISH))
        .isEqualTo("Fristen falder i en ferie eller på en helligdag (Kristi himmelfartsdag).");
    assertThat(warning(LocalDate.of(2027, 5, 6), Locale.ENGLISH))
        .isEqualTo("The deadline falls in a holiday (Ascension Day).");
    assertThat(warning(LocalDate.of(2027, 3, 29), DANISH)).contains("(2. påskedag)");
    assertThat(warning(LocalDate.of(2027, 1, 1), DANISH)).contains("(nytårsdag)");
  }

  @Test
  void namesASchoolHolidayAsTheMunicipalityDid() {
    assertThat(warning(LocalDate.of(2027, 2, 14), DANISH)).contains("(Vinterferie)");
  }

  @Test
  void everyDanishPublicHolidayHasADanishName() {
    for (LocalDate day = LocalDate.of(2027, 1, 1);
        day.isBefore(LocalDate.of(2029, 1, 1));
        day = day.plusDays(1)) {
      holidays
          .on(day)
          .filter(period -> !period.isSchoolHoliday())
          .ifPresent(
              period ->
                  assertThat(messages.getMessage(period.getCodes()[0], null, null, DANISH))
                      .as("%s (%s)", period.key(), period.from())
                      .isNotNull());
    }
  }

  @Test
  void readsTheSchoolHolidaysAMunicipalityConfigures() {
    Binder binder =
        new Binder(
            new MapConfigurationPropertySource(
                Map.of(
                    "samspil.municipality.school-holidays[0].name", "Vinterferie",
                    "samspil.municipality.school-holidays[0].from", "2027-02-13",
                    "samspil.municipality.school-holidays[0].to", "2027-02-21")));

    List<Period> periods =
        binder.bind("samspil.municipality", SchoolHolidayProperties.class).get().periods();

    assertThat(periods)
        .containsExactly(
            Period.schoolHoliday(
                "Vinterferie", LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 21)));
    assertThat(Holidays.danish(periods).isHoliday(LocalDate.of(2027, 2, 21))).isTrue();
    assertThat(Holidays.danish(periods).isHoliday(LocalDate.of(2027, 2, 22))).isFalse();
  }
}
