package dk.samspil.notice.web;

import static dk.samspil.involvement.InvolvementMother.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.involvement.InvolvementMother;
import dk.samspil.notice.Notice;
import dk.samspil.notice.NoticeManagement;
import dk.samspil.shared.Act;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/** The public notices (orienteringer), filtered by area and theme, and a notice's page. */
@SamspilTest
class NoticePagesTests {

  @Autowired MockMvc mvc;
  @Autowired NoticeManagement notices;
  @Autowired InvolvementMother mother;
  @Autowired MessageSource messages;

  String page(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  Notice publish(String title, String area, String... themes) {
    Set<Long> themeIds = new LinkedHashSet<>();
    for (String theme : themes) {
      themeIds.add(mother.themeId(theme));
    }
    return notices.publish(
        title,
        "Kommunen orienterer.",
        mother.departmentId(),
        Set.of(mother.areaId(area)),
        Set.of(),
        themeIds,
        Act.by(mother.accountId("medarbejder@samspil.test")));
  }

  @Test
  void filtersByAreaByThemeAndByBoth() throws Exception {
    String roadInFensmark = unique("Ny cykelsti i Fensmark");
    String natureInFensmark = unique("Naturpleje i Fensmark");
    String roadInGlumsoe = unique("Ny busrute i Glumsø");
    publish(roadInFensmark, "fensmark", "trafik");
    publish(natureInFensmark, "fensmark", "miljoe");
    publish(roadInGlumsoe, "glumsoe", "trafik");

    assertThat(page("/orienteringer?omraade=fensmark"))
        .contains(roadInFensmark, natureInFensmark)
        .doesNotContain(roadInGlumsoe);
    assertThat(page("/orienteringer?tema=trafik"))
        .contains(roadInFensmark, roadInGlumsoe)
        .doesNotContain(natureInFensmark);
    assertThat(page("/orienteringer?omraade=fensmark&tema=trafik"))
        .contains(roadInFensmark)
        .doesNotContain(natureInFensmark, roadInGlumsoe)
        .contains("<option value=\"fensmark\" selected>", "<option value=\"trafik\" selected>")
        .contains("Trafik og kollektiv trafik")
        .contains("href=\"/orienteringer\">Nulstil</a>");
  }

  @Test
  void findsTheDemonstrationNoticesUnderTheirThemes() throws Exception {
    assertThat(page("/orienteringer?tema=trafik"))
        .contains("Vejarbejde på Næstvedvej ved Fensmark")
        .doesNotContain("Nye regler for tilskud til forsamlingshuse");
    assertThat(page("/orienteringer?tema=kultur-fritid"))
        .contains("Nye regler for tilskud til forsamlingshuse")
        .doesNotContain("Vejarbejde på Næstvedvej ved Fensmark");
  }

  @Test
  void saysSoWhenNoNoticeMatches() throws Exception {
    String unknownTheme = page("/orienteringer?omraade=fensmark&tema=findes-ikke");

    assertThat(unknownTheme)
        .contains("Ingen orienteringer matcher dit valg.")
        .contains("<p role=\"status\">Ingen orienteringer</p>")
        .doesNotContain("samspil-entry");
    assertThat(page("/orienteringer")).doesNotContain("Ingen orienteringer matcher");
  }

  @Test
  void countsInDanish() {
    Locale danish = Locale.forLanguageTag("da");
    assertThat(
            List.of(0, 1, 2, 1234).stream()
                .map(n -> messages.getMessage("notice.list.count", new Object[] {n}, danish))
                .toList())
        .containsExactly(
            "Ingen orienteringer", "Én orientering", "2 orienteringer", "1.234 orienteringer");
  }

  @Test
  void keepsTheFilterInThePaginationLinks() {
    NoticePages.NoticeList list =
        new NoticePages.NoticeList(
            List.of(), List.of(), List.of(), "glumsoe", "kultur-fritid", 45, 1, 2);

    assertThat(list.query()).isEqualTo("&omraade=glumsoe&tema=kultur-fritid");
    assertThat(list.filtered()).isTrue();
    assertThat(new NoticePages.NoticeList(List.of(), List.of(), List.of(), "", null, 0, 0, 0))
        .satisfies(unfiltered -> assertThat(unfiltered.query()).isEmpty())
        .satisfies(unfiltered -> assertThat(unfiltered.filtered()).isFalse());
  }

  @Test
  void showsTheNoticesThemesAndAreas() throws Exception {
    String title = unique("Renovering af Axeltorv");
    Notice notice = publish(title, "herlufsholm", "trafik", "miljoe");

    assertThat(page("/orienteringer/" + notice.getId()))
        .contains(title)
        .contains("<dt>Temaer</dt><dd>Miljø, natur og klima, Trafik og kollektiv trafik</dd>")
        .contains("<dt>Berører</dt><dd>Herlufsholm</dd>");
    assertThat(page("/orienteringer?tema=miljoe")).contains(title, "Miljø, natur og klima");
  }
}
