package dk.samspil.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.samspil.reference.ReferenceDataSet.AreaItem;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;

/** Reading and checking a reference data set, before anything is written. */
class ReferenceDataReaderTests {

  final ReferenceDataReader reader =
      new ReferenceDataReader(new DefaultResourceLoader(), messages());

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Test
  void readsNaestvedsReferenceData() {
    ReferenceDataSet data = reader.read(ReferenceDataSource.named("naestved"));

    assertThat(data.municipalities()).singleElement().extracting(p -> p.code()).isEqualTo("0370");
    assertThat(data.parishes()).hasSize(42);
    assertThat(data.postalDistricts()).hasSize(11);
    assertThat(data.areas()).hasSize(19);
    assertThat(data.councilCount()).isEqualTo(14);
    assertThat(data.themes()).hasSize(12);
    assertThat(data.departments()).hasSize(6);
    assertThat(data.committees()).hasSize(7);
    assertThat(data.areas())
        .filteredOn(area -> area.slug().equals("fensmark"))
        .singleElement()
        .satisfies(
            area -> {
              assertThat(area.parishCodes()).containsExactly("7516", "7517");
              assertThat(area.council().name()).isEqualTo("Fensmark Lokalråd");
              assertThat(area.council().slug()).isEqualTo("fensmark");
              assertThat(area.council().illustrative()).isFalse();
            });
    assertThat(data.areas().stream().map(AreaItem::council).filter(Objects::nonNull))
        .filteredOn(council -> council.illustrative())
        .hasSize(4);
    assertThat(data.checksum()).hasSize(64);
  }

  @Test
  void refusesABrokenDataSetWholeNamingEveryProblem() {
    ReferenceDataRefused refused =
        catchThrowableOfType(
            ReferenceDataRefused.class,
            () ->
                reader.read(
                    ReferenceDataSource.fromSetting("classpath:reference-tests/broken")
                        .orElseThrow()));

    assertThat(refused.problems())
        .containsExactlyInAnyOrder(
            "sogne.geojson, feature 2 (1002): The geometry must be a polygon or multipolygon, not"
                + " Point.",
            "sogne.geojson, feature 3 (1003): has no navn",
            "postnumre.geojson, feature 1 (4999): andel_i_kommunen is not a number from 0 to 1",
            "organisation.json, udvalg 1 (Prøveudvalget): fra \"2026-13-01\" is not a date"
                + " (yyyy-mm-dd)",
            "lokalomraader.json, area 1 (proeve): parish 9999 is not in sogne.geojson",
            "lokalomraader.json, area 2 (Forkert Slug): slug \"Forkert Slug\" is not lower-case"
                + " letters and digits",
            "lokalomraader.json, area 3 (skoven): karakter is \"skov\", not by, land or by og land",
            "lokalomraader.json, area 3 (skoven), lokalraad: hjemmeside is not a web address:"
                + " ikke en adresse");
    assertThat(refused.getMessage())
        .startsWith(
            "Reference data classpath:reference-tests/broken/ is refused, nothing of it was loaded"
                + " (8 problems):")
        .contains("parish 9999 is not in sogne.geojson");
  }

  @Test
  void refusesADataSetWithoutItsRequiredFiles() {
    ReferenceDataRefused refused =
        catchThrowableOfType(
            ReferenceDataRefused.class,
            () -> reader.read(ReferenceDataSource.named("findes-ikke")));

    assertThat(refused.problems())
        .containsExactly(
            "kommune.geojson: the file is missing (required)",
            "sogne.geojson: the file is missing (required)",
            "lokalomraader.json: the file is missing (required)");
  }

  @Test
  void namesADataSetThatComesWithSamspilOrAFolder() {
    assertThat(ReferenceDataSource.fromSetting("naestved"))
        .contains(new ReferenceDataSource("naestved", "classpath:reference/naestved/"));
    assertThat(ReferenceDataSource.fromSetting(" file:/etc/samspil/reference "))
        .contains(
            new ReferenceDataSource(
                "file:/etc/samspil/reference/", "file:/etc/samspil/reference/"));
    assertThat(ReferenceDataSource.fromSetting("/etc/samspil/reference/"))
        .contains(
            new ReferenceDataSource(
                "file:///etc/samspil/reference/", "file:///etc/samspil/reference/"));
    assertThat(ReferenceDataSource.fromSetting("")).isEmpty();
    assertThat(ReferenceDataSource.fromSetting(null)).isEmpty();
    assertThat(ReferenceDataSource.fromSetting("none")).isEmpty();
  }
}
