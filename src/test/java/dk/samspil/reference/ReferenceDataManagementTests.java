package dk.samspil.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.samspil.SamspilTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SamspilTest
class ReferenceDataManagementTests {

  static final ReferenceDataSource BROKEN =
      ReferenceDataSource.fromSetting("classpath:reference-tests/broken/").orElseThrow();

  @Autowired ReferenceDataManagement reference;
  @Autowired JdbcClient jdbc;

  List<Integer> counts() {
    return List.of(
            "theme",
            "department",
            "committee",
            "municipality_boundary",
            "parish",
            "postal_district",
            "area",
            "council",
            "reference_import")
        .stream()
        .map(table -> jdbc.sql("select count(*) from " + table).query(Integer.class).single())
        .toList();
  }

  @Test
  void writesNothingOfADataSetWithABrokenFile() {
    List<Integer> before = counts();

    ReferenceDataRefused refused =
        catchThrowableOfType(ReferenceDataRefused.class, () -> reference.loadIfNew(BROKEN));

    assertThat(refused.problems())
        .contains("lokalomraader.json, area 1 (proeve): parish 9999 is not in sogne.geojson");
    assertThat(counts()).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from theme where slug = 'proeve-tema'")
                .query(Integer.class)
                .single())
        .as("the valid theme of the broken data set")
        .isZero();
  }

  @Test
  void loadsADataSetOnceAndRecordsItsFiles() {
    assertThat(reference.loadIfNew(ReferenceDataSource.named("naestved"))).isFalse();

    assertThat(
            jdbc.sql("select checksum from reference_import where dataset = 'naestved'")
                .query(String.class)
                .single())
        .hasSize(64);
  }
}
