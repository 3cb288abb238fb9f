package dk.samspil.council.admin;

import static dk.samspil.shared.AdminTestSupport.audit;
import static dk.samspil.shared.AdminTestSupport.page;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import dk.samspil.area.AreaManagement;
import dk.samspil.area.TestGeography;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilAdministration;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilRefused;
import dk.samspil.council.CouncilRegistration;
import dk.samspil.council.CouncilStatus;
import dk.samspil.shared.AdminTestSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SamspilTest
class CouncilAdminTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired AreaManagement areas;
  @Autowired AreaAdministration areaAdministration;
  @Autowired CouncilManagement councils;
  @Autowired CouncilAdministration administration;
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

  Area testArea() throws Exception {
    String code = geography.freeParish();
    createdParishes.add(code);
    String slug = "zz-raad-" + UUID.randomUUID().toString().substring(0, 8);
    createdAreas.add(slug);
    return areaAdministration.createArea(
        new AreaDraft(slug, "Prøveområde " + slug, AreaCharacter.LAND, null, Set.of(code)));
  }

  Council testCouncil(Area area) {
    return administration.registerCouncil(
        area.getSlug(),
        CouncilStatus.UNDER_ETABLERING,
        new CouncilRegistration(
            "Prøveråd " + area.getSlug(), area.getId(), null, null, null, null, null));
  }

  @Test
  void listsEveryCouncilClosedDownOnesToo() throws Exception {
    Council council = testCouncil(testArea());
    administration.changeStatus(council.getSlug(), CouncilStatus.NEDLAGT);

    String html = page(mvc, admin(), get("/admin/lokalraad"));

    assertThat(html)
        .contains("href=\"/admin/lokalraad/fensmark\">Fensmark Lokalråd</a>")
        .contains("href=\"/admin/lokalraad/" + council.getSlug() + "\">" + council.getName())
        .contains("Nedlagt");
  }

  @Test
  void offersOnlyAreasWithoutALivingCouncil() throws Exception {
    Area free = testArea();

    String html = page(mvc, admin(), get("/admin/lokalraad/ny"));
    String areaSelect = html.substring(html.indexOf("<select class=\"form-select\" id=\"areaId\""));
    areaSelect = areaSelect.substring(0, areaSelect.indexOf("</select>"));

    assertThat(areaSelect)
        .contains("<option value=\"" + free.getId() + "\"")
        .contains("<option value=\"" + areas.area("herlufsholm").getId() + "\"")
        .doesNotContain("<option value=\"" + areas.area("fensmark").getId() + "\"");
  }

  @Test
  void registersACouncilWithASlugMadeFromItsName() throws Exception {
    Area area = testArea();
    String suffix = UUID.randomUUID().toString().substring(0, 6);

    var result =
        mvc.perform(
                post("/admin/lokalraad/ny")
                    .param("name", "Lokalråd Æblehaven " + suffix)
                    .param("slug", "")
                    .param("status", "AKTIV")
                    .param("areaId", area.getId().toString())
                    .param("website", "https://aeblehaven.example")
                    .param("publicEmail", "Kontakt@Aeblehaven.example")
                    .with(csrf())
                    .with(admin()))
            .andExpect(redirectedUrl("/admin/lokalraad"))
            .andExpect(confirms("admin.council.created"))
            .andReturn();

    Council council = councils.council("lokalraad-aeblehaven-" + suffix);
    assertThat(council.getStatus()).isEqualTo(CouncilStatus.AKTIV);
    assertThat(council.getAreaId()).isEqualTo(area.getId());
    assertThat(council.getPublicEmail()).isEqualTo("kontakt@aeblehaven.example");
    assertThat(audit(jdbc, "created", "council", council.getSlug())).isEqualTo(1);
    assertThat(AdminTestSupport.followRedirect(mvc, admin(), result))
        .contains(">Lokalråd Æblehaven " + suffix + " er oprettet.");
  }

  @Test
  void turnsASecondLivingCouncilForAnAreaIntoAFormMessage() throws Exception {
    String html =
        page(
            mvc,
            admin(),
            post("/admin/lokalraad/ny")
                .param("name", "Endnu et råd i Fensmark")
                .param("status", "UNDER_ETABLERING")
                .param("areaId", areas.area("fensmark").getId().toString())
                .param("description", "Skal ikke gemmes")
                .with(csrf()),
            status().is(422));

    assertThat(html)
        .contains("Området har allerede et lokalråd, der ikke er nedlagt.")
        .contains("value=\"Endnu et råd i Fensmark\"")
        .contains(">Skal ikke gemmes</textarea>");
    assertThat(administration.allCouncils())
        .extracting(Council::getSlug)
        .doesNotContain("endnu-et-raad-i-fensmark");
  }

  @Test
  void theDatabaseRefusesASecondLivingCouncilButAllowsOneAfterAClosedDown() throws Exception {
    Area area = testArea();
    Council first = testCouncil(area);
    CouncilRegistration second =
        new CouncilRegistration("Andet råd", area.getId(), null, null, null, null, null);

    assertThatThrownBy(
            () ->
                administration.registerCouncil(
                    "zz-andet-" + area.getSlug(), CouncilStatus.AKTIV, second))
        .isInstanceOfSatisfying(
            CouncilRefused.class, e -> assertThat(e.field()).isEqualTo("areaId"));

    administration.changeStatus(first.getSlug(), CouncilStatus.NEDLAGT);
    Council replacement =
        administration.registerCouncil("zz-andet-" + area.getSlug(), CouncilStatus.AKTIV, second);
    assertThat(councils.councilOf(area.getId())).map(Council::getId).contains(replacement.getId());
  }

  @Test
  void refusesATakenSlug() throws Exception {
    assertThat(
            page(
                mvc,
                admin(),
                post("/admin/lokalraad/ny")
                    .param("name", "Fensmark")
                    .param("slug", "fensmark")
                    .param("status", "AKTIV")
                    .param("areaId", testArea().getId().toString())
                    .with(csrf()),
                status().is(422)))
        .contains("Der er allerede et lokalråd med adressen „fensmark“.");
  }

  @Test
  void keepsTheInputAndExplainsEveryMistake() throws Exception {
    Council council = testCouncil(testArea());

    String html =
        page(
            mvc,
            admin(),
            post("/admin/lokalraad/" + council.getSlug())
                .param("name", "")
                .param("areaId", "")
                .param("website", "ftp://filer.example")
                .param("publicEmail", "ikke en adresse")
                .param("founded", "31-12-2020")
                .param("description", "Beskrivelsen, jeg skrev")
                .with(csrf()),
            status().is(422));

    assertThat(html)
        .contains("Udfyld feltet.")
        .contains("Vælg det lokalområde, lokalrådet hører til.")
        .contains("Skriv en hel webadresse, der begynder med http:// eller https://")
        .contains("value=\"ftp://filer.example\"")
        .contains("Skriv en gyldig e-mailadresse")
        .contains("value=\"ikke en adresse\"")
        .contains("Skriv datoen som åååå-mm-dd")
        .contains("value=\"31-12-2020\"")
        .contains(">Beskrivelsen, jeg skrev</textarea>");
    assertThat(councils.council(council.getSlug()).getName()).isEqualTo(council.getName());
  }

  @Test
  void editsTheRegistration() throws Exception {
    Area area = testArea();
    Council council = testCouncil(area);
    Long contact = areas.area("fensmark").getContactPersonId();

    mvc.perform(
            post("/admin/lokalraad/" + council.getSlug())
                .param("name", "Omdøbt råd")
                .param("areaId", area.getId().toString())
                .param("website", "http://omdoebt.example/raad")
                .param("publicEmail", "raad@omdoebt.example")
                .param("description", "Vi mødes hver måned.")
                .param("founded", "2019-05-01")
                .param("contactPersonId", contact.toString())
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/lokalraad/" + council.getSlug()))
        .andExpect(confirms("admin.council.saved"));

    Council changed = councils.council(council.getSlug());
    assertThat(changed.getName()).isEqualTo("Omdøbt råd");
    assertThat(changed.getWebsite()).isEqualTo("http://omdoebt.example/raad");
    assertThat(changed.getDescription()).isEqualTo("Vi mødes hver måned.");
    assertThat(changed.getFounded()).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(changed.getContactPersonId()).isEqualTo(contact);
    assertThat(audit(jdbc, "updated", "council", council.getSlug())).isEqualTo(1);
  }

  @Test
  void movesAlongItsLifecycleWithTheButtonsItAllows() throws Exception {
    Council council = testCouncil(testArea());
    String path = "/admin/lokalraad/" + council.getSlug();

    assertThat(page(mvc, admin(), get(path)))
        .contains("Gør aktivt")
        .contains("Nedlæg lokalrådet")
        .doesNotContain("Gør hvilende");

    for (String status : List.of("AKTIV", "HVILENDE", "AKTIV")) {
      mvc.perform(post(path + "/status").param("status", status).with(csrf()).with(admin()))
          .andExpect(redirectedUrl(path))
          .andExpect(confirms("admin.council.status.changed"));
    }
    assertThat(councils.council(council.getSlug()).getStatus()).isEqualTo(CouncilStatus.AKTIV);
    assertThat(page(mvc, admin(), get(path))).contains("Gør hvilende").doesNotContain("Gør aktivt");
    assertThat(audit(jdbc, "status-changed", "council", council.getSlug())).isEqualTo(3);
  }

  @Test
  void refusesAChangeTheLifecycleDoesNotAllow() throws Exception {
    Council council = testCouncil(testArea());
    administration.changeStatus(council.getSlug(), CouncilStatus.AKTIV);

    assertThat(
            page(
                mvc,
                admin(),
                post("/admin/lokalraad/" + council.getSlug() + "/status")
                    .param("status", "UNDER_ETABLERING")
                    .with(csrf()),
                status().isConflict()))
        .contains("Et lokalråd kan ikke gå fra „Aktiv“ til „Under etablering“.");
    assertThat(councils.council(council.getSlug()).getStatus()).isEqualTo(CouncilStatus.AKTIV);
  }

  @Test
  void closesACouncilDownOnlyWhenConfirmedAndForGood() throws Exception {
    Council council = testCouncil(testArea());
    String path = "/admin/lokalraad/" + council.getSlug();

    assertThat(
            page(
                mvc,
                admin(),
                post(path + "/status").param("status", "NEDLAGT").with(csrf()),
                status().isConflict()))
        .contains("Sæt flueben for at bekræfte, at lokalrådet skal nedlægges.");
    assertThat(councils.council(council.getSlug()).getStatus())
        .isEqualTo(CouncilStatus.UNDER_ETABLERING);

    mvc.perform(
            post(path + "/status")
                .param("status", "NEDLAGT")
                .param("bekraeft", "ja")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl(path));
    assertThat(councils.council(council.getSlug()).getStatus()).isEqualTo(CouncilStatus.NEDLAGT);
    assertThat(page(mvc, admin(), get(path)))
        .contains("Et nedlagt lokalråd kan ikke genopstå.")
        .doesNotContain("Gør aktivt");

    assertThat(
            page(
                mvc,
                admin(),
                post(path + "/status").param("status", "AKTIV").with(csrf()),
                status().isConflict()))
        .contains("Et lokalråd kan ikke gå fra „Nedlagt“ til „Aktiv“.");
  }

  @Test
  void answersAnUnknownCouncilWithNotFound() throws Exception {
    mvc.perform(get("/admin/lokalraad/findes-ikke").with(admin())).andExpect(status().isNotFound());
  }
}
