package dk.samspil.page.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestPrincipals;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The standing pages as anyone reads them, with their first text, and the footer's links. */
@SamspilTest
class PagePublicTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;

  String anonymous(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void showsAboutTheCooperationWithTheMunicipalitysName() throws Exception {
    assertThat(anonymous("/om-samarbejdet"))
        .contains("<title>Om samarbejdet – Samspil</title>")
        .contains("<h1>Om samarbejdet</h1>")
        .contains("Næstved Kommune og lokalrådene arbejder sammen")
        .contains("<h2>Formålet med lokalrådene</h2>")
        .contains("Senest opdateret ")
        .doesNotContain("{kommune}")
        .doesNotContain("<h1>Formålet");
  }

  @Test
  void showsThePrivacyPolicyWithWhatArticle13Asks() throws Exception {
    assertThat(anonymous("/privatliv"))
        .contains("<h1>Privatlivspolitik</h1>")
        .contains("Næstved Kommune er dataansvarlig")
        .contains("databeskyttelsesrådgiver")
        .contains("<h2>Hvilke oplysninger vi gemmer</h2>")
        .contains("artikel 6, stk. 1, litra e")
        .contains("<h2>Hvor længe vi gemmer dem</h2>")
        .contains("<h2>Hvem får oplysningerne</h2>")
        .contains("<strong>indsigt</strong>")
        .contains("<strong>sletning</strong>")
        .contains("<strong>indsigelse</strong>")
        .contains("<h2>Klage til Datatilsynet</h2>")
        .contains("href=\"https://www.datatilsynet.dk\"");
  }

  @Test
  void showsSamspilsOwnAccessibilityStatementWhenNoOtherIsConfigured() throws Exception {
    assertThat(anonymous("/tilgaengelighed"))
        .contains("<h1>Tilgængelighedserklæring</h1>")
        .contains("WCAG 2.1 på niveau AA")
        .contains("href=\"https://www.was.digst.dk\"");
  }

  @Test
  void everyPageLinksToTheThreeInItsFooterBesideWhatWasThere() throws Exception {
    String footer = anonymous("/lokalraad");
    footer = footer.substring(footer.indexOf("<footer"));
    assertThat(footer)
        .contains("<a href=\"/kontakt\">Kontakt</a>")
        .contains("<a href=\"/api/v1/areas\">Åbne data (API)</a>")
        .contains("<a href=\"/om-samarbejdet\">Om samarbejdet</a>")
        .contains("<a href=\"/tilgaengelighed\">Tilgængelighedserklæring</a>")
        .contains("<a href=\"/privatliv\">Privatlivspolitik</a>")
        .contains("DAGI");
  }

  @Test
  void theFrontPageLinksToAboutTheCooperation() throws Exception {
    assertThat(anonymous("/"))
        .contains("<p><a href=\"/om-samarbejdet\">Læs mere om samarbejdet</a></p>");
  }

  @Test
  void theProfileLinksToThePrivacyPolicy() throws Exception {
    assertThat(
            mvc.perform(
                    get("/profil")
                        .with(
                            TestPrincipals.as(
                                accounts.accountByEmail("borger@samspil.test").orElseThrow())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("<a href=\"/privatliv\">Sådan behandler vi dine personoplysninger</a>");
  }

  @Test
  void speaksEnglishWhenAsked() throws Exception {
    assertThat(anonymous("/privatliv?lang=en"))
        .contains("Last updated ")
        .contains("<a href=\"/privatliv\">Privacy policy</a>");
  }

  @Test
  void servesTheFaviconToAnyone() throws Exception {
    assertThat(anonymous("/")).contains("<link rel=\"icon\" href=\"/favicon.svg\"");
    mvc.perform(get("/favicon.svg"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    byte[] ico =
        mvc.perform(get("/favicon.ico"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(ico).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);
  }
}
