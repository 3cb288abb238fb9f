package dk.samspil.council.web;

import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.TestSignIn;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilProfile;
import dk.samspil.council.CouncilProfileManagement;
import dk.samspil.council.Participation;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.AdminTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The council's profile: who may edit it, how bad input comes back, and the public page. */
@SamspilTest
class CouncilProfilePagesTests {

  static final String CHAIR = "formand.fensmark@samspil.test";
  static final String MEMBER = "medlem.fensmark@samspil.test";
  static final String OTHER_CHAIR = "formand.tappernoeje@samspil.test";
  static final String CITIZEN = "borger@samspil.test";

  @Autowired MockMvc mvc;
  @Autowired TestSignIn signIn;
  @Autowired CouncilManagement councils;
  @Autowired CouncilProfileManagement profiles;
  @Autowired OrganisationManagement organisation;
  @Autowired JdbcClient jdbc;

  CouncilProfile original;

  @BeforeEach
  void remember() {
    original = councils.council("fensmark").profile();
  }

  @AfterEach
  void restore() {
    profiles.updateProfile("fensmark", original);
  }

  String html(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void chairSeesTheFormFilledWithTheProfile() throws Exception {
    Council fensmark = councils.council("fensmark");

    String form = html(get("/lokalraad/fensmark/rediger").with(signIn.as(CHAIR)), 200);

    assertThat(form)
        .contains("<h1>Rediger profil for " + fensmark.getName() + "</h1>")
        .contains("name=\"_csrf\"")
        .contains("id=\"moederytme\"")
        .contains("id=\"kapacitet\"")
        .contains("id=\"deltagelse-begge\"")
        .contains("id=\"sidetekst\"");
    for (Theme theme : organisation.themes()) {
      assertThat(form).contains("id=\"tema-" + theme.getId() + "\"");
    }
    for (Long themeId : fensmark.getThemeIds()) {
      assertThat(form)
          .containsPattern("id=\"tema-" + themeId + "\" name=\"temaer\" value=\"\\d+\" checked");
    }
  }

  @Test
  void onlyThoseWhoMayAnswerForTheCouncilMayEditIt() throws Exception {
    mvc.perform(get("/lokalraad/fensmark/rediger").with(signIn.as(MEMBER)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/lokalraad/fensmark/rediger").with(signIn.as(OTHER_CHAIR)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/lokalraad/fensmark/rediger").with(signIn.as(CITIZEN)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/lokalraad/fensmark/rediger"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/lokalraad/tappernoeje/rediger").with(signIn.as(OTHER_CHAIR)))
        .andExpect(status().isOk());

    for (String email : List.of(MEMBER, OTHER_CHAIR, CITIZEN)) {
      mvc.perform(
              post("/lokalraad/fensmark/rediger")
                  .with(signIn.as(email))
                  .with(csrf())
                  .param("sidetekst", "Overtaget af " + email))
          .andExpect(status().isForbidden());
    }
    assertThat(councils.council("fensmark").getPageText()).isEqualTo(original.pageText());
  }

  @Test
  void savesTheProfileAndShowsItOnThePublicPage() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    List<Theme> themes = organisation.themes();

    MvcResult result =
        mvc.perform(
                post("/lokalraad/fensmark/rediger")
                    .with(signIn.as(CHAIR))
                    .with(csrf())
                    .param("beskrivelse", "Vi er lokalrådet " + suffix)
                    .param("email", "kontakt@fensmark.example")
                    .param("hjemmeside", "https://fensmark.example/")
                    .param("moederytme", "første tirsdag i måneden " + suffix)
                    .param("medlemstal", "9")
                    .param("kapacitet", "2")
                    .param("deltagelse", "BEGGE")
                    .param(
                        "temaer",
                        themes.get(0).getId().toString(),
                        themes.get(1).getId().toString())
                    .param(
                        "sidetekst",
                        "Første afsnit "
                            + suffix
                            + "\r\nanden linje\r\n\r\n<script>alert(1)</script>"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/lokalraad/fensmark/rediger"))
            .andExpect(confirms("selfservice.profile.saved"))
            .andReturn();

    Council saved = councils.council("fensmark");
    assertThat(saved.getMeetingRhythm()).isEqualTo("første tirsdag i måneden " + suffix);
    assertThat(saved.getCapacity()).isEqualTo(2);
    assertThat(saved.getMemberCount()).isEqualTo(9);
    assertThat(saved.getParticipation()).isEqualTo(Participation.BEGGE);
    assertThat(saved.getWebsite()).isEqualTo("https://fensmark.example/");
    assertThat(saved.getThemeIds())
        .containsExactlyInAnyOrder(themes.get(0).getId(), themes.get(1).getId());

    assertThat(AdminTestSupport.followRedirect(mvc, signIn.as(CHAIR), result))
        .contains("Profilen er gemt.");

    String page = html(get("/lokalraad/fensmark"), 200);
    assertThat(page)
        .contains("Vi er lokalrådet " + suffix)
        .contains("første tirsdag i måneden " + suffix)
        .contains("Både skriftligt og på et møde")
        .contains("<p>Første afsnit " + suffix + "<br>anden linje</p>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>")
        .contains(themes.get(0).getName());

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'council' and action ="
                        + " 'updated' and entity_id = ? and after_data->>'meetingRhythm' = ?")
                .params(String.valueOf(saved.getId()), "første tirsdag i måneden " + suffix)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void keepsWhatWasTypedAndExplainsEachError() throws Exception {
    String form =
        html(
            post("/lokalraad/fensmark/rediger")
                .with(signIn.as(CHAIR))
                .with(csrf())
                .param("beskrivelse", "Beholdt beskrivelse")
                .param("email", "ikke-en-adresse")
                .param("hjemmeside", "ftp://fensmark.example")
                .param("moederytme", "hver onsdag")
                .param("medlemstal", "mange")
                .param("kapacitet", "0")
                .param("deltagelse", "MOEDE")
                .param("temaer", "999999")
                .param("sidetekst", "x".repeat(10_001)),
            422);

    assertThat(form)
        .contains("Der er fejl i formularen")
        .contains("href=\"#email\"")
        .contains("href=\"#hjemmeside\"")
        .contains("href=\"#medlemstal\"")
        .contains("href=\"#kapacitet\"")
        .contains("href=\"#temaer\"")
        .contains("href=\"#sidetekst\"")
        .contains("id=\"hjemmeside-error\"")
        .contains("aria-describedby=\"hjemmeside-hint hjemmeside-error\"")
        .contains("begynder med http:// eller https://")
        .contains("Skriv kapaciteten som et helt tal fra 1 til 50.")
        .contains("Skriv højst 10.000 tegn.")
        .contains("Vælg blandt de viste temaer.")
        // nothing typed is lost
        .contains(">Beholdt beskrivelse</textarea>")
        .contains("value=\"ikke-en-adresse\"")
        .contains("value=\"ftp://fensmark.example\"")
        .contains("value=\"hver onsdag\"")
        .contains("value=\"mange\"")
        .contains("value=\"0\"")
        .contains("value=\"MOEDE\" checked");
    assertThat(councils.council("fensmark").getMeetingRhythm()).isEqualTo(original.meetingRhythm());
  }

  @Test
  void refusesAWayOfTakingPartThatIsNotOfferedAndKeepsTheRest() throws Exception {
    String form =
        html(
            post("/lokalraad/fensmark/rediger")
                .with(signIn.as(CHAIR))
                .with(csrf())
                .param("moederytme", "hver torsdag")
                .param("deltagelse", "TELEPATI"),
            422);

    assertThat(form)
        .contains("href=\"#deltagelse\"")
        .contains("<fieldset id=\"deltagelse\"")
        .contains("Vælg en af de viste måder at deltage på.")
        .contains("value=\"hver torsdag\"");
    assertThat(councils.council("fensmark").getMeetingRhythm()).isEqualTo(original.meetingRhythm());
  }

  @Test
  void publicPageShowsTheBoardWithPositionsAndOnlyConsentingNames() throws Exception {
    String page = html(get("/lokalraad/fensmark"), 200);

    assertThat(page)
        .contains("<h2 id=\"board-heading\">Bestyrelsen</h2>")
        .contains("<li>Formand</li>")
        .contains("<li>Medlem</li>")
        .doesNotContain("Frederik Holm")
        .doesNotContain("Maria Lund")
        .doesNotContain("Rediger lokalrådets profil");
    assertThat(html(get("/lokalraad/fensmark").with(signIn.as(CHAIR)), 200))
        .contains("href=\"/lokalraad/fensmark/rediger\"");
  }
}
