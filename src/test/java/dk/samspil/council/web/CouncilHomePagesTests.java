package dk.samspil.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestSignIn;
import dk.samspil.area.Area;
import dk.samspil.area.AreaAdministration;
import dk.samspil.area.AreaCharacter;
import dk.samspil.area.AreaDraft;
import dk.samspil.area.TestGeography;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilAdministration;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilPosition;
import dk.samspil.council.CouncilRegistration;
import dk.samspil.council.CouncilStatus;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A council's home for its members, „Mit lokalråd“ for one council: who reaches it, what it links
 * to, the sections other modules add, and a closed-down council whose record stays.
 */
@SamspilTest
class CouncilHomePagesTests {

  static final String CHAIR = "formand.fensmark@samspil.test";
  static final String MEMBER = "medlem.fensmark@samspil.test";
  static final String OTHER_CHAIR = "formand.tappernoeje@samspil.test";
  static final String CITIZEN = "borger@samspil.test";

  @Autowired MockMvc mvc;
  @Autowired TestSignIn signIn;
  @Autowired AccountManagement accounts;
  @Autowired CouncilManagement councils;
  @Autowired CouncilAdministration administration;
  @Autowired CouncilMembership membership;
  @Autowired AreaAdministration areaAdministration;
  @Autowired TestGeography geography;

  String createdArea;
  String createdParish;
  Long seatHolder;

  @AfterEach
  void cleanUp() {
    TestHomeSection.shown = false;
    if (seatHolder != null) {
      membership.removeSeatsOf(seatHolder);
    }
    if (createdArea != null) {
      geography.removeArea(createdArea);
    }
    if (createdParish != null) {
      geography.removeParish(createdParish);
    }
  }

  String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void leadsEachMemberFromMitLokalraadToTheirCouncilsHome() throws Exception {
    assertThat(html(get("/mit-lokalraad").with(signIn.as(MEMBER))))
        .contains("href=\"/mit-lokalraad/fensmark\"");

    assertThat(html(get("/mit-lokalraad/fensmark").with(signIn.as(MEMBER))))
        .contains("<h1>Fensmark Lokalråd</h1>")
        .contains("Din plads: Medlem.")
        .contains("href=\"/lokalraad/fensmark/medlemmer\"")
        .contains("href=\"/lokalraad/fensmark\"")
        .doesNotContain("href=\"/lokalraad/fensmark/rediger\"");
    assertThat(html(get("/mit-lokalraad/fensmark").with(signIn.as(CHAIR))))
        .contains("Din plads: Formand.")
        .contains("href=\"/lokalraad/fensmark/rediger\"");
  }

  @Test
  void isOnlyForTheCouncilsMembers() throws Exception {
    for (String email : new String[] {OTHER_CHAIR, CITIZEN}) {
      mvc.perform(get("/mit-lokalraad/fensmark").with(signIn.as(email)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/mit-lokalraad/fensmark"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void showsTheSectionsOtherModulesAdd() throws Exception {
    assertThat(html(get("/mit-lokalraad/fensmark").with(signIn.as(MEMBER))))
        .as("a module with nothing to add adds no section")
        .doesNotContain("Prøveafsnit");

    TestHomeSection.shown = true;
    long memberId = accounts.accountByEmail(MEMBER).orElseThrow().getId();
    assertThat(html(get("/mit-lokalraad/fensmark").with(signIn.as(MEMBER))))
        .contains("<h2 id=\"proeveafsnit\">Prøveafsnit</h2>")
        .contains("Prøvepunkt for Fensmark Lokalråd")
        .contains("<dt>Konto</dt><dd>" + memberId + "</dd>");
    assertThat(html(get("/mit-lokalraad/tappernoeje").with(signIn.as(OTHER_CHAIR))))
        .contains("<h2 id=\"proeveafsnit\">Prøveafsnit</h2>")
        .contains("Intet i prøveafsnittet.");
  }

  @Test
  void keepsTheSeatOnACouncilThatClosedDown() throws Exception {
    createdParish = geography.freeParish();
    String slug = "zz-hjem-" + UUID.randomUUID().toString().substring(0, 8);
    Area area =
        areaAdministration.createArea(
            new AreaDraft(
                slug, "Prøveområde " + slug, AreaCharacter.LAND, null, Set.of(createdParish)));
    createdArea = slug;
    Council council =
        administration.registerCouncil(
            slug,
            CouncilStatus.AKTIV,
            new CouncilRegistration(
                "Gammelt Råd " + slug, area.getId(), null, null, null, null, null));
    String email = "tidligere-formand-" + UUID.randomUUID() + "@samspil.test";
    Account account = accounts.ensureActiveAccount(email, "Tidligere Formand", "x".repeat(12));
    seatHolder = account.getId();
    councils.ensureMember(council.getId(), account.getId(), CouncilPosition.FORMAND);
    administration.changeStatus(slug, CouncilStatus.NEDLAGT);

    assertThat(html(get("/mit-lokalraad").with(signIn.as(email))))
        .contains("Gammelt Råd " + slug)
        .contains("<span class=\"samspil-status\">Nedlagt</span>")
        .contains("href=\"/mit-lokalraad/" + slug + "\"");
    assertThat(html(get("/mit-lokalraad/" + slug).with(signIn.as(email))))
        .contains("<h1>Gammelt Råd " + slug + "</h1>")
        .contains("Lokalrådet er nedlagt.");
    assertThat(html(get("/profil").with(signIn.as(email))))
        .contains("Formand i Gammelt Råd " + slug);
  }
}
