package dk.samspil.organisation.admin;

import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.CommitteeDraft;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationAdministration;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.organisation.ThemeDraft;
import dk.samspil.shared.AdminTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Themes, departments and committees in the administration. */
@SamspilTest
class OrganisationAdminTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired OrganisationManagement organisation;
  @Autowired OrganisationAdministration administration;
  @Autowired CouncilManagement councils;
  @Autowired JdbcClient jdbc;

  /** What a test created, as "table:column:value", removed afterwards. */
  final List<String[]> created = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestCreated() {
    for (String[] row : created) {
      jdbc.sql("delete from " + row[0] + " where " + row[1] + " = ?").param(row[2]).update();
    }
  }

  void created(String table, String column, String value) {
    created.add(new String[] {table, column, value});
  }

  RequestPostProcessor admin() {
    return AdminTestSupport.admin(accounts);
  }

  String page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
    return AdminTestSupport.page(mvc, admin(), request, expected);
  }

  String page(MockHttpServletRequestBuilder request) throws Exception {
    return AdminTestSupport.page(mvc, admin(), request);
  }

  long audit(String action, String type, Object id) {
    return AdminTestSupport.audit(jdbc, action, type, id);
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void listsTheThemes() throws Exception {
    assertThat(page(get("/admin/temaer")))
        .contains("<h1>Temaer</h1>")
        .contains("Trafik og kollektiv trafik")
        .contains("href=\"/admin/temaer/ny\"");
  }

  @Test
  void createsAThemeWithASlugMadeFromItsName() throws Exception {
    String suffix = unique();
    created("theme", "slug", "groen-omstilling-" + suffix);

    mvc.perform(
            post("/admin/temaer/ny")
                .param("name", "Grøn omstilling " + suffix)
                .param("slug", "")
                .param("description", "Klima og energi")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/temaer"))
        .andExpect(confirms("admin.theme.created"));

    Theme theme = organisation.themeBySlug("groen-omstilling-" + suffix).orElseThrow();
    assertThat(theme.getDescription()).isEqualTo("Klima og energi");
    assertThat(audit("created", "theme", theme.getId())).isEqualTo(1);
  }

  @Test
  void refusesATakenThemeSlugAndKeepsTheInput() throws Exception {
    assertThat(
            page(
                post("/admin/temaer/ny")
                    .param("name", "Trafik igen")
                    .param("slug", "trafik")
                    .param("description", "Min beskrivelse")
                    .with(csrf()),
                status().is(422)))
        .contains("Der er allerede et tema med adressen „trafik“.")
        .contains("value=\"Trafik igen\"")
        .contains(">Min beskrivelse</textarea>");
  }

  @Test
  void renamesAThemeButKeepsItsSlug() throws Exception {
    Theme theme =
        administration.createTheme(new ThemeDraft("omdoeb-" + unique(), "Gammelt navn", null));
    created("theme", "slug", theme.getSlug());
    assertThat(page(get("/admin/temaer/" + theme.getId())))
        .contains("value=\"Gammelt navn\"")
        .contains("<code>" + theme.getSlug() + "</code>")
        .contains("action=\"/admin/temaer/" + theme.getId() + "/slet\"");

    mvc.perform(
            post("/admin/temaer/" + theme.getId())
                .param("name", "Nyt navn")
                .param("slug", "forsoeg")
                .param("description", "")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/temaer"));

    Theme renamed = organisation.theme(theme.getId());
    assertThat(renamed.getName()).isEqualTo("Nyt navn");
    assertThat(renamed.getSlug()).isEqualTo(theme.getSlug());
    assertThat(audit("updated", "theme", theme.getId())).isEqualTo(1);
  }

  @Test
  void deletesAThemeNothingUses() throws Exception {
    Theme theme =
        administration.createTheme(new ThemeDraft("slet-" + unique(), "Til sletning", null));
    created("theme", "slug", theme.getSlug());

    mvc.perform(post("/admin/temaer/" + theme.getId() + "/slet").with(csrf()).with(admin()))
        .andExpect(redirectedUrl("/admin/temaer"))
        .andExpect(confirms("admin.theme.deleted"));

    assertThat(organisation.themeBySlug(theme.getSlug())).isEmpty();
    assertThat(audit("deleted", "theme", theme.getId())).isEqualTo(1);
  }

  @Test
  void refusesToDeleteAThemeInUse() throws Exception {
    Theme used =
        organisation
            .themesById(councils.council("fensmark").getThemeIds())
            .values()
            .iterator()
            .next();

    assertThat(
            page(
                post("/admin/temaer/" + used.getId() + "/slet").with(csrf()),
                status().isConflict()))
        .contains("Temaet " + used.getName() + " bruges og kan ikke slettes.");
    assertThat(organisation.themeBySlug(used.getSlug())).isPresent();
    assertThat(councils.council("fensmark").getThemeIds()).contains(used.getId());
  }

  @Test
  void createsAndEditsADepartmentWithAUniqueName() throws Exception {
    String name = "Center for Prøver " + unique();
    created("department", "name", name);
    created("department", "name", name + " og Forsøg");
    mvc.perform(
            post("/admin/centre/ny")
                .param("name", name)
                .param("unit", "Prøveenheden")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/centre"))
        .andExpect(confirms("admin.department.created"));
    Department department = organisation.departmentByName(name).orElseThrow();
    assertThat(page(get("/admin/centre"))).contains(name).contains("Prøveenheden");

    assertThat(
            page(
                post("/admin/centre/ny").param("name", name.toUpperCase()).with(csrf()),
                status().is(422)))
        .contains("Der er allerede et center, der hedder")
        .contains("value=\"" + name.toUpperCase() + "\"");

    assertThat(page(get("/admin/centre/" + department.getId())))
        .contains("value=\"" + name + "\"")
        .contains("value=\"Prøveenheden\"");
    mvc.perform(
            post("/admin/centre/" + department.getId())
                .param("name", name + " og Forsøg")
                .param("unit", "")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/centre"));
    assertThat(organisation.department(department.getId()).getName()).endsWith("og Forsøg");
    assertThat(organisation.department(department.getId()).getUnit()).isNull();
    assertThat(audit("updated", "department", department.getId())).isEqualTo(1);
  }

  @Test
  void asksForADepartmentName() throws Exception {
    assertThat(page(post("/admin/centre/ny").param("name", " ").with(csrf()), status().is(422)))
        .contains("Udfyld feltet.");
  }

  @Test
  void showsCurrentCommitteesApartFromEndedOnes() throws Exception {
    String suffix = unique();
    created("committee", "name", "Gammelt udvalg " + suffix);
    created("committee", "name", "Nyt udvalg " + suffix);
    administration.createCommittee(
        new CommitteeDraft(
            "Gammelt udvalg " + suffix, LocalDate.of(2010, 1, 1), LocalDate.of(2013, 12, 31)));
    administration.createCommittee(
        new CommitteeDraft("Nyt udvalg " + suffix, LocalDate.of(2026, 1, 1), null));

    String html = page(get("/admin/udvalg"));

    int ended = html.indexOf("Ophørte udvalg");
    assertThat(html.indexOf("Nyt udvalg " + suffix))
        .isBetween(html.indexOf("Gældende og kommende udvalg"), ended);
    assertThat(html.indexOf("Gammelt udvalg " + suffix)).isGreaterThan(ended);
  }

  @Test
  void createsACommitteeForAPeriod() throws Exception {
    String name = "Udvalg for Prøver " + unique();
    created("committee", "name", name);

    mvc.perform(
            post("/admin/udvalg/ny")
                .param("name", name)
                .param("validFrom", "2026-01-01")
                .param("validTo", "2029-12-31")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/udvalg"))
        .andExpect(confirms("admin.committee.created"));

    Committee committee =
        organisation.committees().stream()
            .filter(c -> c.getName().equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(committee.getValidTo()).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(audit("created", "committee", committee.getId())).isEqualTo(1);
  }

  @Test
  void refusesACommitteeThatEndsBeforeItBeginsAndKeepsTheInput() throws Exception {
    assertThat(
            page(
                post("/admin/udvalg/ny")
                    .param("name", "Baglæns udvalg")
                    .param("validFrom", "2026-01-01")
                    .param("validTo", "2025-12-31")
                    .with(csrf()),
                status().is(422)))
        .contains("Slutdatoen skal være samme dag som eller efter startdatoen.")
        .contains("value=\"Baglæns udvalg\"")
        .contains("value=\"2025-12-31\"");
    assertThat(organisation.committees())
        .extracting(Committee::getName)
        .doesNotContain("Baglæns udvalg");
  }

  @Test
  void refusesADateItCannotRead() throws Exception {
    assertThat(
            page(
                post("/admin/udvalg/ny")
                    .param("name", "Udvalg")
                    .param("validFrom", "1. januar")
                    .with(csrf()),
                status().is(422)))
        .contains("Skriv datoen som åååå-mm-dd")
        .contains("value=\"1. januar\"");
  }

  @Test
  void editsACommittee() throws Exception {
    Committee committee =
        administration.createCommittee(
            new CommitteeDraft("Rettes " + unique(), LocalDate.of(2022, 1, 1), null));
    created("committee", "name", committee.getName());
    assertThat(page(get("/admin/udvalg/" + committee.getId()))).contains("value=\"2022-01-01\"");

    mvc.perform(
            post("/admin/udvalg/" + committee.getId())
                .param("name", committee.getName())
                .param("validFrom", "2022-01-01")
                .param("validTo", "2025-12-31")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/udvalg"));

    assertThat(organisation.committee(committee.getId()).getValidTo())
        .isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(audit("updated", "committee", committee.getId())).isEqualTo(1);
  }

  @Test
  void answersUnknownItemsWithNotFound() throws Exception {
    for (String path :
        new String[] {
          "/admin/temaer/999999",
          "/admin/centre/999999",
          "/admin/udvalg/999999",
          "/admin/kontaktpersoner/999999"
        }) {
      mvc.perform(get(path).with(admin())).andExpect(status().isNotFound());
    }
  }
}
