package dk.samspil.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SamspilTest
class DirectoryPagesTests {

  @Autowired MockMvc mvc;

  String html(String path) throws Exception {
    return mvc.perform(get(path).accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void frontPageCountsAreasAndCouncilsAndListsEveryArea() throws Exception {
    String page = html("/");

    assertThat(page)
        .contains("<html lang=\"da\">")
        .contains("id=\"figure-areas\">19<")
        .contains("id=\"figure-councils\">14<")
        .contains("id=\"figure-without\">5<")
        .contains("data-samspil-map=\"navigate\"")
        .contains("Indeholder data fra Geodatastyrelsen og Danske Kommuner, DAGI, 2014");
    assertThat(page.split("href=\"/lokalomraader/", -1))
        .as("a link to each of the 19 areas")
        .hasSize(20);
  }

  @Test
  void areaPageShowsMapParishesAndCouncil() throws Exception {
    assertThat(html("/lokalomraader/fladsaa"))
        .contains("<h1>Fladså</h1>")
        .contains("data-highlight=\"fladsaa\"")
        .contains("Mogenstrup")
        .contains("Lokalråd Fladså")
        .contains("href=\"/lokalraad/fladsaa\"")
        .contains("Lene Kjær Madsen");
  }

  @Test
  void areaWithoutCouncilSaysSoAndWhoToContact() throws Exception {
    assertThat(html("/lokalomraader/herlufsholm"))
        .contains("Der er endnu ikke et lokalråd i Herlufsholm")
        .contains("Kommunens kontaktperson")
        .contains("mailto:")
        .doesNotContain("href=\"/lokalraad/herlufsholm\"");
  }

  @Test
  void councilPageShowsProfileThemesContactAndStatus() throws Exception {
    assertThat(html("/lokalraad/fensmark"))
        .contains("<h1>Fensmark Lokalråd</h1>")
        .contains("Aktiv")
        .contains("href=\"https://maerkfensmark.dk\"")
        .contains("mailto:fensmark@lokalraad.example")
        .contains("Trafik og kollektiv trafik")
        .contains("Kommunens kontaktperson")
        .contains("Lene Kjær Madsen");
  }

  @Test
  void listsAreasAndCouncils() throws Exception {
    assertThat(html("/lokalomraader"))
        .contains("er inddelt i 19 lokalområder. 14 af dem har et lokalråd");
    assertThat(html("/lokalraad").split("class=\"card\"", -1)).hasSize(15);
  }

  @Test
  void contactPageListsEveryCouncilAndTheAreasWithout() throws Exception {
    String page = html("/kontakt");

    assertThat(page)
        .contains("href=\"/kontakt.csv\"")
        .contains("Lokalområder uden lokalråd")
        .contains("Næstved Midtby");
    assertThat(page.split("href=\"/lokalraad/", -1)).hasSize(15);
  }

  @Test
  void contactListDownloadsAsCsvForADanishSpreadsheet() throws Exception {
    String csv =
        mvc.perform(get("/kontakt.csv"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(20);
    assertThat(lines[0]).startsWith("\uFEFF\"Lokalområde\";\"Lokalråd\"");
    assertThat(csv)
        .contains("\"Fensmark\";\"Fensmark Lokalråd\";\"Aktiv\";\"fensmark@lokalraad.example\"")
        .contains("\"Herlufsholm\";\"\";\"\"");
  }

  @Test
  void csvFieldsAreQuotedAndCannotStartAFormula() {
    assertThat(ContactController.row("a\"b", "=SUM(A1)", null))
        .isEqualTo("\"a\"\"b\";\"'=SUM(A1)\";\"\"\r\n");
  }

  @Test
  void answersUnknownAreasAndCouncilsWithNotFound() throws Exception {
    // The page itself is rendered by the error dispatch of a real server: see ErrorPagesTests.
    mvc.perform(get("/lokalomraader/atlantis").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound());
    mvc.perform(get("/lokalraad/atlantis").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound());
  }

  @Test
  void speaksEnglishWhenAskedAndRemembersIt() throws Exception {
    var result =
        mvc.perform(get("/").param("lang", "en").accept(MediaType.TEXT_HTML))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<html lang=\"en\">")))
            .andExpect(content().string(containsString("Find your local area")))
            .andReturn();
    var cookie = result.getResponse().getCookie("samspil-sprog");
    assertThat(cookie).isNotNull();

    mvc.perform(get("/kontakt").cookie(cookie).accept(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("Contact details")))
        .andExpect(content().string(not(containsString("Kontaktoplysninger"))));
  }

  @Test
  void marksTheCurrentSectionInTheMenu() throws Exception {
    mvc.perform(get("/kontakt").accept(MediaType.TEXT_HTML))
        .andExpect(
            content()
                .string(matchesPattern("(?s).*<a href=\"/kontakt\" aria-current=\"page\">.*")));
  }
}
