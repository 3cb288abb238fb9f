package dk.samspil.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SamspilTest
class FindPageTests {

  @Autowired MockMvc mvc;

  String find(String... params) throws Exception {
    var request = get("/find-dit-lokalomraade").accept(MediaType.TEXT_HTML);
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheFormAndNoResultsBeforeASearch() throws Exception {
    assertThat(find())
        .contains("<label class=\"form-label\" for=\"q\">")
        .doesNotContain("Resultater for");
  }

  @Test
  void findsAParishWithoutDanishLettersAndItsAreaAndCouncil() throws Exception {
    assertThat(find("q", "Glumso"))
        .contains("Resultater for „Glumso“")
        .contains("href=\"/lokalomraader/glumsoe\"")
        .contains("href=\"/lokalraad/glumsoe\"");
  }

  @Test
  void listsEveryAreaAPostalDistrictOverlaps() throws Exception {
    String page = find("q", "4700");

    assertThat(page).contains("ligger i flere lokalområder").contains("Næstved Midtby");
    assertThat(page.split("href=\"/lokalomraader/", -1).length - 1).isGreaterThan(5);
  }

  @Test
  void forgivesATypo() throws Exception {
    assertThat(find("q", "Fensmrak")).contains("href=\"/lokalomraader/fensmark\"");
  }

  @Test
  void saysPlainlyWhenNothingMatches() throws Exception {
    assertThat(find("q", "Skagen")).contains("Vi fandt intet, der matcher „Skagen“");
  }

  @Test
  void refusesAnOverlongQueryAndKeepsWhatWasTyped() throws Exception {
    String typed = "x".repeat(150);

    assertThat(find("q", typed))
        .contains("Skriv højst 100 tegn")
        .contains("value=\"" + typed + "\"")
        .contains("form-error");
  }

  @Test
  void escapesWhatWasTyped() throws Exception {
    assertThat(find("q", "<script>alert(1)</script>"))
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;");
  }

  @Test
  void findsTheAreaOfAPointFromTheMapOrTheBrowserLocation() throws Exception {
    // The centre of Glumsø town.
    assertThat(find("lat", "55.3505", "lon", "11.6936"))
        .contains("Punktet ligger i lokalområdet")
        .contains("href=\"/lokalomraader/glumsoe\"");
  }

  @Test
  void saysWhenAPointLiesOutsideTheMunicipality() throws Exception {
    assertThat(find("lat", "55.6761", "lon", "12.5683"))
        .contains("Punktet ligger uden for Næstved Kommune");
    assertThat(find("lat", "abc", "lon", "11")).contains("Punktet kunne ikke læses");
  }
}
