package dk.samspil.area.admin;

import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaCharacter;
import dk.samspil.area.AreaGeometry;
import dk.samspil.area.AreaManagement;
import dk.samspil.area.TestGeography;
import dk.samspil.shared.AdminTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SamspilTest
class AreaImportTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired AreaManagement areas;
  @Autowired JdbcClient jdbc;
  @Autowired TestGeography geography;
  @LocalServerPort int port;

  RequestPostProcessor admin() {
    return AdminTestSupport.admin(accounts);
  }

  static byte[] file(String name) throws IOException {
    try (InputStream in = AreaImportTests.class.getResourceAsStream("/geojson/" + name)) {
      return in.readAllBytes();
    }
  }

  ResultActions upload(String name) throws Exception {
    return mvc.perform(
        multipart("/admin/omraader/import")
            .file(new MockMultipartFile("fil", name, "application/geo+json", file(name)))
            .with(csrf())
            .with(admin()));
  }

  long imports() {
    return jdbc.sql("select count(*) from area_import").query(Long.class).single();
  }

  /** Uploads a file that must be rejected whole: the page lists the texts, nothing changes. */
  String rejects(String name, String... texts) throws Exception {
    long importsBefore = imports();
    int areasBefore = areas.areas().size();
    String fensmark = areas.area("fensmark").getBoundary();

    String html =
        upload(name)
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).contains("Filen kan ikke importeres – intet er ændret").contains(texts);
    assertThat(imports()).as("no import is kept").isEqualTo(importsBefore);
    assertThat(areas.areas()).hasSize(areasBefore);
    assertThat(areas.area("fensmark").getBoundary()).isEqualTo(fensmark);
    return html;
  }

  @Test
  void showsTheUploadFormWithTheRules() throws Exception {
    mvc.perform(get("/admin/omraader/import").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
        .andExpect(content().string(containsString("?_csrf=")))
        .andExpect(content().string(containsString("højst 5 MB")));
  }

  @Test
  void asksForAFileWhenNoneIsChosen() throws Exception {
    mvc.perform(
            multipart("/admin/omraader/import")
                .file(new MockMultipartFile("fil", "", "application/octet-stream", new byte[0]))
                .with(csrf())
                .with(admin()))
        .andExpect(status().is(422))
        .andExpect(content().string(containsString("Vælg en GeoJSON-fil.")));
  }

  @Test
  void rejectsAFileThatIsNotJson() throws Exception {
    rejects("not-json.geojson", "Filen er ikke gyldig JSON.");
  }

  @Test
  void rejectsJsonThatIsNotAFeatureCollection() throws Exception {
    rejects("not-feature-collection.geojson", "Filen er ikke en GeoJSON FeatureCollection.");
  }

  @Test
  void rejectsAFeatureWithoutSlug() throws Exception {
    rejects(
        "missing-slug.geojson",
        "Område nr. 1 (–):",
        "Egenskaben „slug“, der siger hvilket område grænsen hører til, mangler.");
  }

  @Test
  void rejectsAnUnknownSlugWithoutAName() throws Exception {
    rejects(
        "unknown-slug-without-name.geojson",
        "Der findes intet område med adressen „zz-ukendt“. Skal det oprettes");
  }

  @Test
  void rejectsAnInvalidGeometrySayingWhere() throws Exception {
    rejects(
        "invalid-geometry.geojson",
        "Område nr. 1 (zz-sloejfe):",
        "Polygonen skærer sig selv nær (11.70500, 55.30500).");
  }

  @Test
  void rejectsAGeometryThatIsNotAPolygon() throws Exception {
    rejects(
        "not-polygon.geojson", "Geometrien skal være en polygon eller multipolygon, ikke Point.");
  }

  @Test
  void rejectsAnotherCoordinateSystemNamedInTheFile() throws Exception {
    rejects(
        "utm-crs.geojson",
        "Filen angiver koordinatsystemet „urn:ogc:def:crs:EPSG::25832“.",
        "Koordinaten (674500.00000, 6124500.00000) er ikke længde- og breddegrad (WGS84).");
  }

  @Test
  void rejectsCoordinatesOutsideLongitudeAndLatitude() throws Exception {
    String html =
        rejects(
            "utm-without-crs.geojson",
            "Koordinaten (674500.00000, 6124500.00000) er ikke længde- og breddegrad (WGS84).");
    assertThat(html).doesNotContain("Filen angiver koordinatsystemet");
  }

  @Test
  void rejectsAreasThatOverlapEachOther() throws Exception {
    rejects(
        "overlapping.geojson",
        "Område nr. 1 (zz-overlap-a):",
        "Overlapper område nr. 2 (zz-overlap-b) med ca.");
  }

  @Test
  void rejectsAnAreaPartlyOutsideTheMunicipality() throws Exception {
    rejects(
        "outside-municipality.geojson",
        "Område nr. 1 (zz-ude):",
        "Ligger delvist uden for kommunegrænsen");
  }

  @Test
  void rejectsDuplicateSlugs() throws Exception {
    rejects(
        "duplicate-slugs.geojson",
        "Adressen „zz-dobbelt“ står flere gange i filen (område nr. 1, 2).");
  }

  @Test
  void listsEveryProblemOfAFileAndChangesNothing() throws Exception {
    String html =
        rejects(
            "several-problems.geojson",
            "Der er 7 problemer i filen several-problems.geojson.",
            "Filen angiver koordinatsystemet „urn:ogc:def:crs:EPSG::25832“.",
            "Område nr. 1 (fensmark):",
            "Polygonen skærer sig selv nær",
            "Område nr. 2 (–):",
            "Egenskaben „slug“",
            "Der findes intet område med adressen „zz-nyt“.",
            "Adressen „zz-dobbelt“ står flere gange i filen (område nr. 4, 5).",
            "Område nr. 6 (zz-ude):",
            "Ligger delvist uden for kommunegrænsen",
            "Område nr. 7 (zz-overlap-a):",
            "Overlapper område nr. 8 (zz-overlap-b)");
    assertThat(areas.areas()).extracting(Area::getSlug).noneMatch(slug -> slug.startsWith("zz-"));
    assertThat(html).contains("form-error-message");
  }

  @Test
  void previewsAValidFileAndAppliesItOnce() throws Exception {
    try {
      String location =
          upload("valid.geojson")
              .andExpect(status().is3xxRedirection())
              .andExpect(redirectedUrlPattern("/admin/omraader/import/*"))
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      String id = location.substring(location.lastIndexOf('/') + 1);
      assertThat(areas.areas()).extracting(Area::getSlug).doesNotContain("zz-test-import");

      String preview = html(get(location));
      assertThat(preview)
          .contains("Filen er i orden: ét område, heraf ét nyt.")
          .contains("data-source=\"/admin/omraader/import/" + id + ".geojson\"")
          .contains("data-samspil-map=\"preview\"")
          .contains("Prøveområde (test)")
          .contains("Nyt område")
          .contains("Overlapper områder, der ikke er i filen:")
          .contains("action=\"/admin/omraader/import/" + id + "/anvend\"");
      mvc.perform(get(location + ".geojson").with(admin()))
          .andExpect(status().isOk())
          .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
          .andExpect(content().string(containsString("\"slug\":\"zz-test-import\"")));

      mvc.perform(post(location + "/anvend").with(csrf()).with(admin()))
          .andExpect(redirectedUrl("/admin/omraader"))
          .andExpect(confirms("admin.import.applied"));

      Area created = areas.area("zz-test-import");
      assertThat(created.getName()).isEqualTo("Prøveområde (test)");
      assertThat(created.getCharacter()).isEqualTo(AreaCharacter.LAND);
      assertThat(created.getParishCodes()).isEmpty();
      assertThat(AreaGeometry.read(created.getBoundary()).getArea())
          .isCloseTo(1e-4, Percentage.withPercentage(0.1));
      assertThat(AreaGeometry.read(created.getDisplayBoundary()).isValid()).isTrue();
      assertThat(audit("created", "area", "zz-test-import")).isEqualTo(1);
      assertThat(audit("imported", "area-import", id)).isEqualTo(1);

      String again =
          mvc.perform(post(location + "/anvend").with(csrf()).with(admin()))
              .andExpect(status().isConflict())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(again).contains("Importen er allerede anvendt. Den kan ikke anvendes igen.");
      assertThat(areas.areas()).extracting(Area::getSlug).containsOnlyOnce("zz-test-import");
      assertThat(audit("imported", "area-import", id)).isEqualTo(1);

      // a second file changes the boundary of the area the first one created
      String update =
          upload("valid-update.geojson")
              .andExpect(status().is3xxRedirection())
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      assertThat(html(get(update))).contains("Ny grænse").contains("Prøveområde (test)");
      mvc.perform(post(update + "/anvend").with(csrf()).with(admin()))
          .andExpect(redirectedUrl("/admin/omraader"));
      assertThat(AreaGeometry.read(areas.area("zz-test-import").getBoundary()).getArea())
          .isCloseTo(1.96e-4, Percentage.withPercentage(0.1));
      assertThat(audit("imported", "area", "zz-test-import")).isEqualTo(1);
    } finally {
      geography.removeArea("zz-test-import");
    }
  }

  @Test
  void discardsAPendingImportAndChangesNothing() throws Exception {
    String location = upload("valid.geojson").andReturn().getResponse().getRedirectedUrl();
    String id = location.substring(location.lastIndexOf('/') + 1);

    mvc.perform(post(location + "/kasser").with(csrf()).with(admin()))
        .andExpect(redirectedUrl("/admin/omraader/import"))
        .andExpect(confirms("admin.import.discarded"));
    mvc.perform(post(location + "/anvend").with(csrf()).with(admin()))
        .andExpect(status().isConflict());

    assertThat(areas.areas()).extracting(Area::getSlug).doesNotContain("zz-test-import");
    assertThat(
            jdbc.sql("select status from area_import where id = ?")
                .param(Long.valueOf(id))
                .query(String.class)
                .single())
        .isEqualTo("DISCARDED");
    assertThat(audit("discarded", "area-import", id)).isEqualTo(1);
    assertThat(html(get("/admin/omraader/import")))
        .doesNotContain("/admin/omraader/import/" + id + "\"");
  }

  @Test
  void answersAnUnknownImportWithNotFound() throws Exception {
    mvc.perform(get("/admin/omraader/import/999999").with(admin()))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesAFileOverTheSizeLimitWithAMessage() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://localhost:" + port;
    String login =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String token = find(login, "name=\"_csrf\" value=\"([^\"]+)\"");
    HttpResponse<String> signedIn =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=admin%40samspil.test&password=demo1234demo&_csrf="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("fejl");
    String form =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/admin/omraader/import")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String action = find(form, "action=\"(/admin/omraader/import\\?_csrf=[^\"]+)\"");

    String boundary = "----samspil" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"stor.geojson\"\r\n"
                + "Content-Type: application/geo+json\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] large = new byte[5_500_000];
    Arrays.fill(large, (byte) ' ');
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + action.replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, large, tail)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .endsWith("/admin/omraader/import?for-stor");
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/admin/omraader/import?for-stor"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(page).contains("Filen er for stor. Den må højst fylde 5 MB.");
  }

  String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(admin()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  long audit(String action, String type, String id) {
    return AdminTestSupport.audit(jdbc, action, type, id);
  }

  static String find(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in the page", regex).isTrue();
    return matcher.group(1);
  }
}
