package dk.samspil.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import dk.samspil.SamspilTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SamspilTest
class DemoDataImporterTests {

  @Autowired DemoDataImporter importer;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  List<Integer> counts() {
    return List.of(
            "area",
            "area_parish",
            "parish",
            "postal_district",
            "council",
            "council_theme",
            "theme",
            "department",
            "committee",
            "contact_person",
            "municipality_boundary")
        .stream()
        .map(table -> jdbc.sql("select count(*) from " + table).query(Integer.class).single())
        .toList();
  }

  @Test
  void loadedTheDemonstrationDataAtStart() {
    List<Integer> counts = counts();
    assertThat(counts.subList(0, 5)).containsExactly(19, 42, 42, 11, 14);
    assertThat(counts.get(5)).as("council themes").isGreaterThanOrEqualTo(14 * 5);
    assertThat(counts.subList(6, 11)).containsExactly(12, 6, 7, 2, 1);
  }

  @Test
  void addsTheFictitiousDetailsToTheReferenceDataOnlyDemonstrationDataHas() {
    assertThat(
            jdbc.sql("select count(*) from reference_import where dataset = 'naestved'")
                .query(Integer.class)
                .single())
        .as("the reference data set it builds on")
        .isOne();
    assertThat(
            jdbc.sql(
                    "select c.public_email, p.email from council c"
                        + " join contact_person p on p.id = c.contact_person_id"
                        + " where c.slug = 'fensmark'")
                .query((row, number) -> List.of(row.getString(1), row.getString(2)))
                .single())
        .containsExactly("fensmark@lokalraad.example", "lene.madsen@kommune.example");
    assertThat(
            jdbc.sql(
                    "select p.email from area a join contact_person p on p.id = a.contact_person_id"
                        + " where a.slug = 'naestved-midtby'")
                .query(String.class)
                .single())
        .isEqualTo("jonas.andersen@kommune.example");
    assertThat(
            jdbc.sql("select email from account where email like '%@samspil.test'")
                .query(String.class)
                .list())
        .as("the demonstration accounts of the README (other tests add more)")
        .contains(
            "admin@samspil.test",
            "medarbejder@samspil.test",
            "kontaktperson@samspil.test",
            "formand.fensmark@samspil.test",
            "medlem.fensmark@samspil.test",
            "formand.tappernoeje@samspil.test",
            "borger@samspil.test");
  }

  @Test
  void changesNothingWhenRunAgain() throws Exception {
    List<Integer> before = counts();

    assertThat(importer.importIfNew()).isFalse();

    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void isOnForTheEmbeddedDatabaseByDefaultAndOffForAnExternalOne() {
    assertThat(DemoDataRunner.isEnabled("auto", true)).isTrue();
    assertThat(DemoDataRunner.isEnabled("auto", false)).isFalse();
    assertThat(DemoDataRunner.isEnabled("true", false)).isTrue();
    assertThat(DemoDataRunner.isEnabled("false", true)).isFalse();
  }

  @Test
  void everyPageSaysTheDemonstrationsPeopleAreFictitious() throws Exception {
    mvc.perform(get("/"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Kontaktpersoner og e-mailadresser i demonstrationen er fiktive.")));
  }
}
