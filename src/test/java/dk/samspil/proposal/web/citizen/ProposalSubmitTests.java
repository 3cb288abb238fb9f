package dk.samspil.proposal.web.citizen;

import static dk.samspil.account.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.TestAccounts;
import dk.samspil.area.Area;
import dk.samspil.area.AreaGeometry;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notification.TestMailServer;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalState;
import dk.samspil.proposal.ProposalSubmission;
import dk.samspil.proposal.SubmissionGuard;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A citizen brings a proposal: the form, the preview that names who receives it, the mailed link
 * that confirms it, and every refusal with the text kept.
 */
@SamspilTest
class ProposalSubmitTests {

  static final AtomicInteger CLIENT = new AtomicInteger(1);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Autowired MockMvc mvc;
  @Autowired GreenMail greenMail;
  @Autowired SubmissionGuard guard;
  @Autowired ProposalQueries queries;
  @Autowired ProposalSubmission submission;
  @Autowired AreaManagement areas;
  @Autowired CouncilManagement councils;
  @Autowired TestAccounts testAccounts;
  @Autowired JdbcClient jdbc;

  /** Each test its own client address, so that the per-client limit is its own. */
  final String client = "203.0.113." + CLIENT.getAndIncrement();

  RequestPostProcessor fromClient() {
    return request -> {
      request.setRemoteAddr(client);
      return request;
    };
  }

  Coordinate inside(String slug) throws Exception {
    return AreaGeometry.read(areas.area(slug).getBoundary()).getInteriorPoint().getCoordinate();
  }

  /** A filled-in form placed on the map at the point, begun half a minute ago. */
  Map<String, String> proposalAt(Coordinate point, String email) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("art", "FORSLAG");
    form.put("titel", "Fodgængerovergang ved Fensmark Skole");
    form.put("beskrivelse", "Børnene krydser Næstvedvej hver morgen.\n\nEn overgang ville hjælpe.");
    form.put("sted", "KORT");
    form.put("lat", String.valueOf(point.y));
    form.put("lon", String.valueOf(point.x));
    form.put("navn", "Mette Hansen");
    form.put("email", email);
    form.put("startet", guard.stampAt(Instant.now().minusSeconds(30)));
    return form;
  }

  <B extends AbstractMockHttpServletRequestBuilder<B>> B with(B request, Map<String, String> form) {
    form.forEach(request::param);
    return request.with(csrf()).with(fromClient());
  }

  MockHttpServletResponse preview(Map<String, String> form) throws Exception {
    return mvc.perform(with(post("/forslag/nyt"), form)).andReturn().getResponse();
  }

  MvcResult send(Map<String, String> form) throws Exception {
    return mvc.perform(with(post("/forslag/nyt/send"), form)).andReturn();
  }

  /** Sends the proposal, follows the mailed link and confirms it; returns the proposal's id. */
  long sendAndConfirm(Map<String, String> form) throws Exception {
    MvcResult sent = send(form);
    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/forslag/nyt/sendt");
    String token = token(form.get("email"));
    MvcResult confirmed =
        mvc.perform(post("/forslag/bekraeft").param("token", token).with(csrf())).andReturn();
    assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/forslag/nyt/modtaget");
    return (Long) confirmed.getFlashMap().get("modtagetForslag");
  }

  String token(String email) {
    MimeMessage mail = TestMailServer.awaitMessageTo(greenMail, email, "Bekræft dit forslag");
    String link = TestMailServer.link(mail, "/forslag/bekraeft?token=");
    return URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
  }

  @Test
  void bringsAProposalThatTheFensmarkCouncilReceivesOnceTheAddressIsConfirmed() throws Exception {
    String email = TestAccounts.uniqueEmail("forslag");
    Map<String, String> form = proposalAt(inside("fensmark"), email);
    String council = councils.council("fensmark").getName();

    MockHttpServletResponse preview = preview(form);
    assertThat(preview.getStatus()).isEqualTo(200);
    assertThat(preview.getContentAsString())
        .contains(council + " får dit forslag")
        .contains("6 uger")
        .contains("8 uger")
        .contains("action=\"/forslag/nyt/send\"")
        .contains("Børnene krydser Næstvedvej hver morgen.");

    MvcResult sent = send(form);
    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/forslag/nyt/sendt");
    MockHttpServletResponse sentPage =
        mvc.perform(get("/forslag/nyt/sendt").with(after(sent))).andReturn().getResponse();
    assertThat(sentPage.getContentAsString())
        .as("%s %s", sentPage.getStatus(), sentPage.getRedirectedUrl())
        .contains("Vi har sendt en e-mail til " + email);

    String token = token(email);
    String page =
        mvc.perform(get("/forslag/bekraeft").param("token", token))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Bekræft forslaget").contains("action=\"/forslag/bekraeft\"");
    // the page alone (a mail scanner) confirms nothing
    Proposal waiting = submission.link(token).proposal();
    assertThat(waiting.getState()).isEqualTo(ProposalState.UBEKRAEFTET);

    MvcResult confirmed =
        mvc.perform(post("/forslag/bekraeft").param("token", token).with(csrf())).andReturn();
    assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/forslag/nyt/modtaget");
    long id = (Long) confirmed.getFlashMap().get("modtagetForslag");

    Proposal proposal = queries.proposal(id);
    assertThat(proposal.getState()).isEqualTo(ProposalState.HOS_LOKALRAADET);
    assertThat(proposal.getCouncilId()).isEqualTo(councils.council("fensmark").getId());
    assertThat(proposal.getAreaId()).isEqualTo(areas.area("fensmark").getId());
    assertThat(proposal.getCouncilDeadline())
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusWeeks(6));
    assertThat(proposal.getProposerEmail()).isEqualTo(email);
    assertThat(proposal.isShowName()).isFalse();
    assertThat(proposal.getSteps()).hasSize(1);

    String received =
        mvc.perform(get("/forslag/nyt/modtaget").with(after(confirmed)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(received).contains(council + " har fået dit forslag").contains("/forslag/" + id);

    // the link works once
    MockHttpServletResponse again =
        mvc.perform(post("/forslag/bekraeft").param("token", token).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(again.getStatus()).isEqualTo(404);
    assertThat(again.getContentAsString()).contains("Linket er allerede brugt");
    assertThat(
            mvc.perform(get("/forslag/bekraeft").param("token", token))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void refusesAPlaceOutsideTheMunicipalityAndKeepsTheText() throws Exception {
    Map<String, String> form = proposalAt(new Coordinate(12.5683, 55.6761), "k@example.dk");

    MockHttpServletResponse response = preview(form);

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString())
        .contains("Stedet ligger ikke i Næstved Kommune")
        .contains("value=\"Fodgængerovergang ved Fensmark Skole\"")
        .contains("Børnene krydser Næstvedvej hver morgen.");
    assertThat(send(form).getResponse().getStatus()).isEqualTo(422);
  }

  @Test
  void namesTheContactPersonOfAnAreaWithoutACouncilAndGivesThemTheProposal() throws Exception {
    Area midtby = areas.area("naestved-midtby");
    assertThat(councils.councilOf(midtby.getId())).isEmpty();
    String email = TestAccounts.uniqueEmail("midtby");
    Map<String, String> form = proposalAt(inside("naestved-midtby"), email);
    form.put("sted", "OMRAADE");
    form.put("omraade", String.valueOf(midtby.getId()));

    String preview = preview(form).getContentAsString();

    assertThat(preview)
        .contains("Næstved Midtby har ikke et lokalråd")
        .contains("Jonas Bech Andersen, behandler dit forslag");

    long id = sendAndConfirm(form);
    Proposal proposal = queries.proposal(id);
    assertThat(proposal.getState()).isEqualTo(ProposalState.HOS_LOKALRAADET);
    assertThat(proposal.getCouncilId()).isNull();
    assertThat(proposal.getAreaId()).isEqualTo(midtby.getId());
    assertThat(proposal.isWholeArea()).isTrue();
  }

  @Test
  void refusesAFilledHoneypotAndKeepsTheText() throws Exception {
    Map<String, String> form = proposalAt(inside("fensmark"), TestAccounts.uniqueEmail("bot"));
    form.put("hjemmeside", "http://spam.example");

    for (MockHttpServletResponse response : List.of(preview(form), send(form).getResponse())) {
      assertThat(response.getStatus()).isEqualTo(422);
      assertThat(response.getContentAsString())
          .contains("feltet „Lad dette felt være tomt“ var udfyldt")
          .contains("value=\"Fodgængerovergang ved Fensmark Skole\"");
    }
    assertThat(proposalsFrom(form.get("email"))).isZero();
  }

  @Test
  void refusesAFormSentTooFastAndKeepsTheText() throws Exception {
    Map<String, String> form = proposalAt(inside("fensmark"), TestAccounts.uniqueEmail("hurtig"));
    form.put("startet", guard.stampAt(Instant.now().minusSeconds(1)));

    MockHttpServletResponse response = send(form).getResponse();

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString())
        .contains("Formularen blev sendt meget hurtigt")
        .contains("Børnene krydser Næstvedvej hver morgen.");
    assertThat(proposalsFrom(form.get("email"))).isZero();

    form.put("startet", guard.stampAt(Instant.now().minusSeconds(60)).replace('.', '0') + "x");
    assertThat(send(form).getResponse().getContentAsString())
        .as("a made-up start time")
        .contains("Formularen blev sendt meget hurtigt");
  }

  @Test
  void refusesMoreThanFiveProposalsFromOneAddressInADay() throws Exception {
    String email = TestAccounts.uniqueEmail("mange");
    for (int i = 0; i < 5; i++) {
      assertThat(send(proposalAt(inside("fensmark"), email)).getResponse().getRedirectedUrl())
          .isEqualTo("/forslag/nyt/sendt");
    }

    MockHttpServletResponse sixth = send(proposalAt(inside("fensmark"), email)).getResponse();

    assertThat(sixth.getStatus()).isEqualTo(422);
    assertThat(sixth.getContentAsString())
        .contains("Der er allerede sendt 5 forslag fra denne e-mailadresse")
        .contains("value=\"Fodgængerovergang ved Fensmark Skole\"");
    assertThat(proposalsFrom(email)).isEqualTo(5);
  }

  @Test
  void refusesMoreThanTwentyProposalsFromOneClientInAnHour() throws Exception {
    for (int i = 0; i < 20; i++) {
      MvcResult sent = send(proposalAt(inside("fensmark"), TestAccounts.uniqueEmail("ip" + i)));
      assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/forslag/nyt/sendt");
    }

    MockHttpServletResponse next =
        send(proposalAt(inside("fensmark"), TestAccounts.uniqueEmail("ip21"))).getResponse();

    assertThat(next.getStatus()).isEqualTo(422);
    assertThat(next.getContentAsString())
        .contains("Der er sendt mange forslag fra din internetforbindelse")
        .contains("Børnene krydser Næstvedvej hver morgen.");
  }

  @Test
  void rejectsATextPretendingToBeAPhotoWholeWithTheReasonsAndKeepsTheText() throws Exception {
    Map<String, String> form = proposalAt(inside("fensmark"), TestAccounts.uniqueEmail("foto"));
    var request =
        multipart("/forslag/nyt")
            .file(
                new MockMultipartFile(
                    "billeder", "skolevej.png", "image/png", "ikke et billede".getBytes()))
            .file(new MockMultipartFile("billeder", "rigtig.png", "image/png", PNG));

    MockHttpServletResponse response = mvc.perform(with(request, form)).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString())
        .contains("skolevej.png er ikke et billede i PNG eller JPEG")
        .contains("Ingen af de billeder, du lige har valgt, er gemt")
        .contains("value=\"Fodgængerovergang ved Fensmark Skole\"")
        .doesNotContain("Fjern rigtig.png");
  }

  @Test
  void keepsAValidPhotoBetweenTheStepsAndServesItOnceThePropsalIsPublic() throws Exception {
    String email = TestAccounts.uniqueEmail("foto");
    Map<String, String> form = proposalAt(inside("fensmark"), email);
    var request =
        multipart("/forslag/nyt")
            .file(new MockMultipartFile("billeder", "vejen.png", "text/plain", PNG));

    String preview =
        mvc.perform(with(request, form)).andReturn().getResponse().getContentAsString();
    assertThat(preview).contains("vejen.png");
    String draft = hidden(preview, "udkast");
    form.put("udkast", draft);

    MvcResult sent = send(form);
    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/forslag/nyt/sendt");
    long unconfirmed =
        jdbc.sql("select id from proposal where proposer_email = ?")
            .param(email)
            .query(Long.class)
            .single();
    long photo =
        jdbc.sql("select id from proposal_photo where proposal_id = ?")
            .param(unconfirmed)
            .query(Long.class)
            .single();
    String path = "/forslag/" + unconfirmed + "/billeder/" + photo;
    assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
        .as("not before it is confirmed")
        .isEqualTo(404);

    mvc.perform(post("/forslag/bekraeft").param("token", token(email)).with(csrf()));

    MockHttpServletResponse served = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(served.getStatus()).isEqualTo(200);
    assertThat(served.getContentType()).isEqualTo("image/png");
    assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(served.getHeader("Cache-Control")).contains("max-age");
    assertThat(served.getContentAsByteArray()).isEqualTo(PNG);
  }

  @Test
  void confirmsASignedInProposerAtOnceWithTheAccountsAddress() throws Exception {
    Account account = testAccounts.create("forslagsstiller");
    String form =
        mvc.perform(get("/forslag/nyt").with(as(account)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form)
        .contains("value=\"" + account.displayName() + "\"")
        .contains(account.mailAddress());
    Map<String, String> fields = proposalAt(inside("fensmark"), "en.anden@example.dk");

    MvcResult sent =
        mvc.perform(with(post("/forslag/nyt/send"), fields).with(as(account))).andReturn();

    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/forslag/nyt/modtaget");
    Proposal proposal = queries.proposal((Long) sent.getFlashMap().get("modtagetForslag"));
    assertThat(proposal.getState()).isEqualTo(ProposalState.HOS_LOKALRAADET);
    assertThat(proposal.getProposerAccountId()).isEqualTo(account.getId());
    assertThat(proposal.getProposerEmail()).isEqualTo(account.mailAddress());
    assertThat(proposal.getSteps()).hasSize(1);
    assertThat(proposal.getSteps().get(0).getKind().name()).isEqualTo("MODTAGET");
    assertThat(TestMailServer.messagesTo(greenMail, "en.anden@example.dk")).isEmpty();
    // the proposer's own download of their personal data includes it
    assertThat(
            mvc.perform(get("/profil/data.json").with(as(account)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("\"proposals\"")
        .contains("Fodgængerovergang ved Fensmark Skole");
  }

  @Test
  void tellsThatAnExpiredLinkHasExpiredAndTheJobDeletesTheProposal() throws Exception {
    String email = TestAccounts.uniqueEmail("gammel");
    send(proposalAt(inside("fensmark"), email));
    String token = token(email);
    jdbc.sql(
            "update proposal set created_at = created_at - interval '49 hours' where proposer_email = ?")
        .param(email)
        .update();

    MockHttpServletResponse page =
        mvc.perform(get("/forslag/bekraeft").param("token", token)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(410);
    assertThat(page.getContentAsString()).contains("Linket er udløbet");

    submission.forgetUnconfirmed();
    assertThat(proposalsFrom(email)).isZero();
  }

  /**
   * The page a redirect leads to, with what the POST left for it (MockMvc cannot carry the
   * session's flash map through Spring Session, so it is handed over as the request's).
   */
  static RequestPostProcessor after(MvcResult redirect) {
    return request -> {
      request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
      return request;
    };
  }

  int proposalsFrom(String email) {
    return jdbc.sql("select count(*) from proposal where proposer_email = ?")
        .param(email)
        .query(Integer.class)
        .single();
  }

  static String hidden(String html, String name) {
    var matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(matcher.find()).as("hidden field %s", name).isTrue();
    return matcher.group(1);
  }
}
