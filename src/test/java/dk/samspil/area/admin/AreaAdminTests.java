package dk.samspil.area.admin;

import static dk.samspil.shared.AdminTestSupport.audit;
import static dk.samspil.shared.AdminTestSupport.page;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaAdministration;
import dk.samspil.area.AreaCharacter;
import dk.samspil.area.AreaDraft;
import dk.samspil.area.AreaGeometry;
import dk.samspil.area.AreaManagement;
import dk.samspil.area.TestGeography;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.AdminTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SamspilTest
class AreaAdminTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired AreaManagement areas;
  @Autowired AreaAdministration administration;
  @Autowired OrganisationManagement organisation;
  @Autowired TestGeography geography;
  @Autowired JdbcClient jdbc;

  final List<String> createdAreas = new ArrayList<>();
  final List<String> createdParishes = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestCreated() {
    createdAreas.forEach(geography::removeArea);
    createdParishes.forEach(geography::removeParish);
  }

  RequestPostProcessor admin() {
    return AdminTestSupport.admin(accounts);
  }

  String parish() throws Exception {
    String code = geography.freeParish();
    createdParishes.add(code);
    return code;
  }

  Area testArea() throws Exception {
    String slug = "zz-omraade-" + UUID.randomUUID().toString().substring(0, 8);
    createdAreas.add(slug);
    return administration.createArea(
        new AreaDraft(slug, "Prøveområde " + slug, AreaCharacter.BY, null, Set.of(parish())));
  }

  @Test
  void listsEveryAreaWithCharacterCouncilAndParishes() throws Exception {
    String html = page(mvc, admin(), get("/admin/omraader"));

    assertThat(html)
        .contains("<h1>Lokalområder</h1>")
        .contains("href=\"/admin/omraader/fensmark\"")
        .contains("Ja: <a href=\"/admin/lokalraad/fensmark\">Fensmark Lokalråd</a>")
        .contains("href=\"/admin/omraader/herlufsholm\"")
        .contains("<td>Nej</td>")
        .contains("By og land")
        .contains("href=\"/admin/omraader/ny\"")
        .contains("href=\"/admin/omraader/import\"");
    assertThat(html.split("href=\"/admin/omraader/[a-z]", -1)).hasSizeGreaterThan(19);
  }

  @Test
  void createsAnAreaFromFreeParishesWithASlugFromItsName() throws Exception {
    String code = parish();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String slug = "proevested-oest-" + suffix;
    createdAreas.add(slug);

    MvcResult result =
        mvc.perform(
                post("/admin/omraader/ny")
                    .param("name", "Prøvested Øst " + suffix)
                    .param("slug", "")
                    .param("character", "LAND")
                    .param("contactPersonId", "")
                    .param("parishes", code)
                    .with(csrf())
                    .with(admin()))
            .andExpect(redirectedUrl("/admin/omraader"))
            .andExpect(confirms("admin.area.created"))
            .andReturn();

    assertThat(AdminTestSupport.followRedirect(mvc, admin(), result))
        .contains("Lokalområdet Prøvested Øst " + suffix + " er oprettet.");
    Area area = areas.area(slug);
    assertThat(area.getName()).isEqualTo("Prøvested Øst " + suffix);
    assertThat(area.getCharacter()).isEqualTo(AreaCharacter.LAND);
    assertThat(area.getParishCodes()).containsExactly(code);
    assertThat(AreaGeometry.read(area.getBoundary()).getArea())
        .isCloseTo(4e-4, Percentage.withPercentage(0.1));
    assertThat(audit(jdbc, "created", "area", slug)).isEqualTo(1);
  }

  @Test
  void keepsTheInputAndExplainsEveryMistake() throws Exception {
    String html =
        page(
            mvc,
            admin(),
            post("/admin/omraader/ny")
                .param("name", "")
                .param("slug", "Ugyldig Adresse!")
                .param("contactPersonId", "999999")
                .with(csrf()),
            status().is(422));

    assertThat(html)
        .contains("Der er fejl i formularen")
        .contains("href=\"#name\">Udfyld feltet.")
        .contains("value=\"Ugyldig Adresse!\"")
        .contains("Adressen „ugyldig adresse!“ må kun bestå af små bogstaver")
        .contains("Vælg, om området er by, land eller by og land.")
        .contains("Vælg en af mulighederne på listen.")
        .contains("Vælg mindst ét sogn.")
        .contains("class=\"form-group form-error\"")
        .contains("aria-describedby=\"slug-hint slug-error\"");
  }

  @Test
  void refusesAReservedSlug() throws Exception {
    assertThat(
            page(
                mvc,
                admin(),
                post("/admin/omraader/ny")
                    .param("name", "Import")
                    .param("character", "BY")
                    .param("parishes", parish())
                    .with(csrf()),
                status().is(422)))
        .contains("Adressen „import“ er reserveret.");
  }

  @Test
  void refusesParishesOfAnotherAreaAndSaysWhichArea() throws Exception {
    Area area = testArea();
    String own = area.getParishCodes().iterator().next();
    Set<String> fensmarkBefore = areas.area("fensmark").getParishCodes();

    String html =
        page(
            mvc,
            admin(),
            post("/admin/omraader/" + area.getSlug() + "/sogne")
                .param("parishes", own, "7516")
                .with(csrf()),
            status().is(422));

    assertThat(html)
        .contains("Sognene hører allerede til et andet område: Fensmark (7516) → Fensmark.")
        .contains("value=\"7516\" checked");
    assertThat(areas.area(area.getSlug()).getParishCodes()).containsExactly(own);
    assertThat(areas.area("fensmark").getParishCodes()).isEqualTo(fensmarkBefore);
  }

  @Test
  void redefinesAnAreaByParishesAndRebuildsItsBoundary() throws Exception {
    Area area = testArea();
    String second = parish();
    String page = page(mvc, admin(), get("/admin/omraader/" + area.getSlug() + "/sogne"));
    assertThat(page).contains("hører til Fensmark").contains("value=\"" + second + "\"");

    mvc.perform(
            post("/admin/omraader/" + area.getSlug() + "/sogne")
                .param("parishes", area.getParishCodes().iterator().next(), second)
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/omraader/" + area.getSlug()))
        .andExpect(confirms("admin.area.parishes.saved"));

    Area changed = areas.area(area.getSlug());
    assertThat(changed.getParishCodes()).hasSize(2).contains(second);
    assertThat(AreaGeometry.read(changed.getBoundary()).getArea())
        .isCloseTo(8e-4, Percentage.withPercentage(0.1));
    assertThat(AreaGeometry.read(changed.getDisplayBoundary()).isValid()).isTrue();
    assertThat(audit(jdbc, "updated", "area", area.getSlug())).isEqualTo(1);
  }

  @Test
  void asksForAtLeastOneParish() throws Exception {
    Area area = testArea();

    assertThat(
            page(
                mvc,
                admin(),
                post("/admin/omraader/" + area.getSlug() + "/sogne").with(csrf()),
                status().is(422)))
        .contains("Vælg mindst ét sogn.");
  }

  @Test
  void editsNameCharacterAndContactPersonButNotTheSlug() throws Exception {
    Area area = testArea();
    Long contact = organisation.contactPersons().get(0).getId();
    assertThat(page(mvc, admin(), get("/admin/omraader/" + area.getSlug())))
        .contains("<code>" + area.getSlug() + "</code>")
        .doesNotContain("id=\"slug\"")
        .contains("value=\"BY\" checked");

    mvc.perform(
            post("/admin/omraader/" + area.getSlug())
                .param("name", "Nyt navn")
                .param("slug", "forsoeg-paa-ny-adresse")
                .param("character", "BY_OG_LAND")
                .param("contactPersonId", contact.toString())
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/omraader"));

    Area changed = areas.area(area.getSlug());
    assertThat(changed.getName()).isEqualTo("Nyt navn");
    assertThat(changed.getCharacter()).isEqualTo(AreaCharacter.BY_OG_LAND);
    assertThat(changed.getContactPersonId()).isEqualTo(contact);
    assertThat(audit(jdbc, "updated", "area", area.getSlug())).isEqualTo(1);
  }

  @Test
  void keepsTheInputOfAnEditThatIsWrong() throws Exception {
    Area area = testArea();

    assertThat(
            page(
                mvc,
                admin(),
                post("/admin/omraader/" + area.getSlug())
                    .param("name", "x".repeat(201))
                    .param("character", "BY")
                    .with(csrf()),
                status().is(422)))
        .contains("Skriv højst 200 tegn.")
        .contains("value=\"" + "x".repeat(201) + "\"");
    assertThat(areas.area(area.getSlug()).getName()).isEqualTo(area.getName());
  }

  @Test
  void answersAnUnknownAreaWithNotFound() throws Exception {
    mvc.perform(get("/admin/omraader/findes-ikke").with(admin())).andExpect(status().isNotFound());
  }
}
