package dk.samspil.page.admin;

import static dk.samspil.shared.Confirmations.confirmsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestPrincipals;
import dk.samspil.page.Page;
import dk.samspil.page.PageDraft;
import dk.samspil.page.PageManagement;
import dk.samspil.shared.AdminTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The standing pages in the administration: the list, editing, the preview, and who may. */
@SamspilTest
class PageAdminTests {

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;
  @Autowired PageManagement pages;
  @Autowired JdbcClient jdbc;

  /** The privacy page as the migration wrote it, put back after each test. */
  Map<String, Object> original;

  @BeforeEach
  void remember() {
    original =
        jdbc.sql("select title, body, updated_at, updated_by from page where slug = 'privatliv'")
            .query()
            .singleRow();
  }

  @AfterEach
  void restore() {
    jdbc.sql(
            "update page set title = ?, body = ?, updated_at = ?, updated_by = ?"
                + " where slug = 'privatliv'")
        .params(
            original.get("title"),
            original.get("body"),
            original.get("updated_at"),
            original.get("updated_by"))
        .update();
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

  @Test
  void listsTheThreePagesWithWhenAndByWhom() throws Exception {
    assertThat(page(get("/admin/sider")))
        .contains("<h1>Faste sider</h1>")
        .contains("<a href=\"/admin/sider/om-samarbejdet\">Om samarbejdet</a>")
        .contains("<a href=\"/admin/sider/tilgaengelighed\">Tilgængelighedserklæring</a>")
        .contains("<a href=\"/admin/sider/privatliv\">Privatlivspolitik</a>")
        .contains("<th scope=\"col\">Ændret af</th>");
  }

  @Test
  void isReachedFromTheAdministrationsMenu() throws Exception {
    assertThat(page(get("/admin")))
        .contains("<a href=\"/admin/sider\"")
        .contains(">Faste sider</a>");
  }

  @Test
  void savesTheTextAuditsItAndShowsItOnThePage() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    assertThat(page(get("/admin/sider/privatliv")))
        .contains("value=\"Privatlivspolitik\"")
        .contains("{kommune} er dataansvarlig")
        .contains("action=\"/admin/sider/privatliv\"");

    MvcResult saved =
        mvc.perform(
                post("/admin/sider/privatliv")
                    .param("title", "Privatliv i {kommune}")
                    .param("body", "# Ansvarlig\r\n\r\nDPO: dpo-" + marker + "@kommune.dk")
                    .param("version", String.valueOf(pages.page(Page.PRIVACY).getVersion()))
                    .with(csrf())
                    .with(admin()))
            .andExpect(redirectedUrl("/admin/sider"))
            .andExpect(confirmsWith("page.admin.saved", "Privatliv i {kommune}"))
            .andReturn();

    assertThat(AdminTestSupport.followRedirect(mvc, admin(), saved))
        .contains("Siden „Privatliv i {kommune}“ er gemt.")
        .contains(
            "<td>"
                + accounts.accountByEmail("admin@samspil.test").orElseThrow().displayName()
                + "</td>");
    Page page = pages.page(Page.PRIVACY);
    assertThat(page.getBody()).isEqualTo("# Ansvarlig\n\nDPO: dpo-" + marker + "@kommune.dk");
    assertThat(page.getUpdatedBy())
        .isEqualTo(accounts.accountByEmail("admin@samspil.test").orElseThrow().getId());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where action = 'updated'"
                        + " and entity_type = 'page' and entity_id = 'privatliv'"
                        + " and after_data ->> 'body' like ?")
                .param("%dpo-" + marker + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(page(get("/admin/revision"))).contains("Ændret: fast side Privatliv i {kommune}");
    assertThat(
            mvc.perform(get("/privatliv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("<title>Privatliv i Næstved Kommune – Samspil</title>")
        .contains("<h1>Privatliv i Næstved Kommune</h1>")
        .contains("<h2>Ansvarlig</h2>")
        .contains("dpo-" + marker + "@kommune.dk");
  }

  @Test
  void showsTheFormAgainWithWhatWasTypedAndADanishMessage() throws Exception {
    assertThat(
            page(
                post("/admin/sider/privatliv")
                    .param("title", "")
                    .param("body", "Min nye tekst, der ikke må gå tabt")
                    .with(csrf()),
                status().is(422)))
        .contains("Udfyld feltet.")
        .contains("href=\"#title\"")
        .contains(">Min nye tekst, der ikke må gå tabt</textarea>");
    assertThat(
            page(
                post("/admin/sider/privatliv")
                    .param("title", "x".repeat(201))
                    .param("body", "Tekst")
                    .with(csrf()),
                status().is(422)))
        .contains("Skriv højst 200 tegn.");
    assertThat(pages.page(Page.PRIVACY).getTitle()).isEqualTo("Privatlivspolitik");
  }

  @Test
  void refusesToOverwriteWhatSomeoneSavedAfterTheFormWasOpened() throws Exception {
    Page opened = pages.page(Page.PRIVACY);
    assertThat(page(get("/admin/sider/privatliv")))
        .contains("name=\"version\" value=\"" + opened.getVersion() + "\"");
    Account other = accounts.accountByEmail("medarbejder@samspil.test").orElseThrow();
    pages.update(
        Page.PRIVACY,
        new PageDraft("Privatlivspolitik", "Den andens tekst"),
        opened.getVersion(),
        other.getId());
    int saved = pages.page(Page.PRIVACY).getVersion();

    assertThat(
            page(
                post("/admin/sider/privatliv")
                    .param("title", "Privatlivspolitik")
                    .param("body", "Min tekst")
                    .param("version", String.valueOf(opened.getVersion()))
                    .with(csrf()),
                status().is(422)))
        .contains(other.displayName() + " gemte siden")
        .contains(">Min tekst</textarea>")
        .contains("name=\"version\" value=\"" + saved + "\"");
    assertThat(pages.page(Page.PRIVACY).getBody()).isEqualTo("Den andens tekst");

    mvc.perform(
            post("/admin/sider/privatliv")
                .param("title", "Privatlivspolitik")
                .param("body", "Min tekst")
                .param("version", String.valueOf(saved))
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/admin/sider"));
    assertThat(pages.page(Page.PRIVACY).getBody()).isEqualTo("Min tekst");
  }

  @Test
  void previewsTheTextWithoutSavingIt() throws Exception {
    assertThat(
            page(
                post("/admin/sider/privatliv")
                    .param("title", "Ny titel")
                    .param("body", "# Afsnit\n\n{kommune} <script>x</script> [ond](javascript:x)")
                    .param("handling", "forhaandsvis")
                    .with(csrf())))
        .contains("<h2 id=\"forhaandsvisning\">Forhåndsvisning</h2>")
        .contains("<h2>Afsnit</h2>")
        .contains("Næstved Kommune &lt;script&gt;")
        .doesNotContain("javascript:x\"")
        .contains("value=\"Ny titel\"");
    assertThat(pages.page(Page.PRIVACY).getTitle()).isEqualTo("Privatlivspolitik");
  }

  @Test
  void answers404ForAPageThatDoesNotExist() throws Exception {
    page(get("/admin/sider/ingen-saadan"), status().isNotFound());
  }

  @Test
  void refusesEveryoneButAdministrators() throws Exception {
    RequestPostProcessor citizen =
        TestPrincipals.as(accounts.accountByEmail("borger@samspil.test").orElseThrow());
    mvc.perform(get("/admin/sider").with(citizen)).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/sider/privatliv")
                .param("title", "Overtaget")
                .param("body", "Overtaget")
                .with(csrf())
                .with(citizen))
        .andExpect(status().isForbidden());
    assertThat(pages.page(Page.PRIVACY).getTitle()).isEqualTo("Privatlivspolitik");
  }
}
