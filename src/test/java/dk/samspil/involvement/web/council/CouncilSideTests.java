package dk.samspil.involvement.web.council;

import static dk.samspil.involvement.InvolvementFixtures.uniqueTitle;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.involvement.AnswerManagement;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementFixtures;
import dk.samspil.shared.Act;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The council's side over HTTP: the inbox, the shared draft with autosave and conflicts, sending,
 * declining, addenda and attachments, and who may do which. Every test answers a process it created
 * itself.
 */
@SamspilTest
class CouncilSideTests {

  static final String CHAIR = "formand.fensmark@samspil.test";
  static final String MEMBER = "medlem.fensmark@samspil.test";
  static final String OTHER_CHAIR = "formand.tappernoeje@samspil.test";
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired InvolvementFixtures fixtures;
  @Autowired AnswerManagement answers;
  @Autowired DocumentManagement documents;

  Authentication as(String email) {
    return personas.authenticationOf(email);
  }

  static String base(Long processId) {
    return "/mit-lokalraad/fensmark/inddragelser/" + processId;
  }

  /**
   * The page a redirect leads to, with the confirmation the POST left (the session's flash map
   * cannot be carried by MockMvc through Spring Session, so it is handed over as the request's).
   */
  static RequestPostProcessor after(MvcResult redirect) {
    return request -> {
      request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
      return request;
    };
  }

  Invitation fensmark(Long processId) {
    return fixtures.invitation(processId, "fensmark");
  }

  /** The answer state shown in the inbox row of the process with this title. */
  static String inboxState(String html, String title) {
    int row = html.indexOf(title);
    assertThat(row).as("the inbox lists %s", title).isPositive();
    Matcher state =
        Pattern.compile("samspil-answer-[a-z_]+\">([^<]+)<").matcher(html.substring(row));
    assertThat(state.find()).isTrue();
    return state.group(1);
  }

  @Test
  void listsEveryInvitationInTheInboxWithItsStateAndDeadline() throws Exception {
    String fresh = uniqueTitle("Ny invitation");
    String drafted = uniqueTitle("Påbegyndt");
    String sent = uniqueTitle("Besvaret");
    String declined = uniqueTitle("Afslået");
    String missed = uniqueTitle("Forpasset");
    fixtures.openProcess(fresh, "fensmark");
    Long draftId = fixtures.openProcess(drafted, "fensmark");
    fixtures.saveDraft(draftId, "fensmark", "Vi er i gang", MEMBER);
    Long sentId = fixtures.openProcess(sent, "fensmark");
    fixtures.contribute(sentId, "fensmark", "Vores bidrag", true, CHAIR);
    Long declinedId = fixtures.openProcess(declined, "fensmark");
    fixtures.decline(declinedId, "fensmark", null, CHAIR);
    Long missedId = fixtures.openProcess(missed, "fensmark");
    fixtures.passDeadline(missedId);

    String html =
        mvc.perform(get("/mit-lokalraad/fensmark/inddragelser").with(authentication(as(MEMBER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Inddragelser – Fensmark Lokalråd")))
            .andExpect(content().string(containsString("dage tilbage")))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(inboxState(html, fresh)).isEqualTo("Ny");
    assertThat(inboxState(html, drafted)).isEqualTo("I gang");
    assertThat(inboxState(html, sent)).isEqualTo("Sendt");
    assertThat(inboxState(html, declined)).isEqualTo("Takket nej");
    assertThat(inboxState(html, missed)).isEqualTo("Intet svar");
    assertThat(html.indexOf(fresh))
        .as("invitations awaiting an answer come before answered ones")
        .isLessThan(html.indexOf(sent));
  }

  @Test
  void showsWhatAwaitsTheCouncilsAnswerOnMitLokalraad() throws Exception {
    String fresh = uniqueTitle("Venter på svar");
    String drafted = uniqueTitle("Kladde i gang");
    String sent = uniqueTitle("Allerede sendt");
    Long freshId = fixtures.openProcess(fresh, "fensmark");
    Long draftId = fixtures.openProcess(drafted, "fensmark");
    fixtures.saveDraft(draftId, "fensmark", "Vi er i gang", MEMBER);
    Long sentId = fixtures.openProcess(sent, "fensmark");
    fixtures.contribute(sentId, "fensmark", "Vores bidrag", true, CHAIR);

    String html =
        mvc.perform(get("/mit-lokalraad/fensmark").with(authentication(as(MEMBER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .contains("Venter på lokalrådets svar")
        .contains("href=\"" + base(freshId) + "\"")
        .contains("href=\"" + base(draftId) + "\"")
        .contains("I gang")
        .contains("href=\"/mit-lokalraad/fensmark/inddragelser\"")
        .doesNotContain(sent);
  }

  @Test
  void forbidsAMemberOfAnotherCouncilToReadOrAnswerForTheCouncil() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Kun for Fensmark"), "fensmark", "tappernoeje");
    fixtures.saveDraft(id, "fensmark", "Fensmarks hemmelige kladde", MEMBER);
    Long attachment =
        answers
            .attach(fensmark(id).getId(), "plan.pdf", PDF, Act.by(fixtures.accountId(MEMBER)))
            .getId();

    for (Authentication outsider :
        List.of(personas.authentication(Persona.MEMBER_B), as(OTHER_CHAIR))) {
      List<MockHttpServletRequestBuilder> requests =
          List.of(
              get("/mit-lokalraad/fensmark/inddragelser"),
              get(base(id)),
              post(base(id) + "/kladde").param("tekst", "Overtaget").param("version", "1"),
              post(base(id) + "/kladde/auto").param("tekst", "Overtaget").param("version", "1"),
              post(base(id) + "/send").param("tekst", "Overtaget").param("version", "1"),
              get(base(id) + "/send"),
              post(base(id) + "/send/bekraeft").param("version", "1").param("offentlig", "true"),
              post(base(id) + "/afslag").param("begrundelse", "Nej tak"),
              post(base(id) + "/tillaeg").param("tillaeg", "Mere"),
              post(base(id) + "/bilag/" + attachment + "/slet")
                  .param("tekst", "Overtaget")
                  .param("version", "1"));
      for (MockHttpServletRequestBuilder request : requests) {
        mvc.perform(request.with(csrf()).with(authentication(outsider)))
            .andExpect(status().isForbidden())
            .andExpect(content().string(not(containsString("Fensmarks hemmelige kladde"))));
      }
      mvc.perform(
              get("/inddragelser/" + id + "/bilag/" + attachment).with(authentication(outsider)))
          .andExpect(status().isNotFound());
    }
    Invitation after = fensmark(id);
    assertThat(after.getDraftText()).isEqualTo("Fensmarks hemmelige kladde");
    assertThat(after.getState()).isEqualTo(Invitation.State.DRAFT);
    assertThat(documents.attachmentSummaries(List.of(after.getId())).get(after.getId())).hasSize(1);
  }

  @Test
  void showsTheProcessAndTheSharedDraftToEveryMember() throws Exception {
    String title = uniqueTitle("Stiplan");
    Long id = fixtures.openProcess(title, "fensmark");
    fixtures.saveDraft(id, "fensmark", "Formandens første udkast", CHAIR);

    mvc.perform(get(base(id)).with(authentication(as(MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("Formandens første udkast")))
        .andExpect(content().string(containsString("Senest gemt af Frederik Holm")))
        .andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
        .andExpect(content().string(containsString("data-autosave-url=\"" + base(id))))
        .andExpect(content().string(containsString("/js/autosave.js")))
        .andExpect(content().string(containsString("området berøres")))
        // a member without the right to answer gets no send or decline form
        .andExpect(content().string(not(containsString(base(id) + "/send"))))
        .andExpect(content().string(not(containsString(base(id) + "/afslag"))));

    mvc.perform(get(base(id)).with(authentication(as(CHAIR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("formaction=\"" + base(id) + "/send\"")))
        .andExpect(content().string(containsString("action=\"" + base(id) + "/afslag\"")));
  }

  @Test
  void savesTheDraftFromThePlainFormAndConfirmsIt() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Uden JavaScript"), "fensmark");

    MvcResult saved =
        mvc.perform(
                post(base(id) + "/kladde")
                    .param("tekst", "Skrevet uden JavaScript")
                    .param("version", "0")
                    .with(csrf())
                    .with(authentication(as(MEMBER))))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl(base(id)))
            .andExpect(confirms("council.contribution.notice.gemt"))
            .andReturn();

    mvc.perform(get(base(id)).with(after(saved)).with(authentication(as(MEMBER))))
        .andExpect(content().string(containsString("Kladden er gemt.")))
        .andExpect(content().string(containsString("Skrevet uden JavaScript")));
    assertThat(fensmark(id).getDraftVersion()).isEqualTo(1);
    assertThat(fensmark(id).getState()).isEqualTo(Invitation.State.DRAFT);
  }

  @Test
  void autosavesInTheBackgroundAndAnswersAConflictWith409() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Autosave"), "fensmark");

    mvc.perform(
            post(base(id) + "/kladde/auto")
                .param("tekst", "Første linje")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.savedAt").isNotEmpty())
        .andExpect(jsonPath("$.message", containsString("Gemt kl. ")));
    mvc.perform(
            post(base(id) + "/kladde/auto")
                .param("tekst", "Første linje\nAnden linje")
                .param("version", "1")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));

    mvc.perform(
            post(base(id) + "/kladde/auto")
                .param("tekst", "Formandens version fra før")
                .param("version", "1")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.conflict").value(true));
    assertThat(fensmark(id).getDraftText()).isEqualTo("Første linje\nAnden linje");
  }

  @Test
  void showsBothTextsWhenASaveIsBasedOnAnOldVersion() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Samtidig redigering"), "fensmark");
    // both open the page at version 0; the member saves first
    mvc.perform(
            post(base(id) + "/kladde")
                .param("tekst", "Marias afsnit om stierne")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isFound());

    mvc.perform(
            post(base(id) + "/kladde")
                .param("tekst", "Frederiks afsnit om trafikken")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Kladden blev gemt af Maria Lund")))
        .andExpect(content().string(containsString("Marias afsnit om stierne")))
        .andExpect(content().string(containsString("Frederiks afsnit om trafikken")))
        .andExpect(content().string(containsString("Din tekst (ikke gemt)")))
        .andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
        .andExpect(content().string(not(containsString("data-autosave-url"))));
    assertThat(fensmark(id).getDraftText()).isEqualTo("Marias afsnit om stierne");

    // having seen both, the chair saves the merged text deliberately
    mvc.perform(
            post(base(id) + "/kladde")
                .param("tekst", "Marias afsnit om stierne\n\nFrederiks afsnit om trafikken")
                .param("version", "1")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isFound());
    assertThat(fensmark(id).getDraftText()).contains("Marias", "Frederiks");
  }

  @Test
  void letsOnlyThoseWhoMayAnswerSendOrDeclineOrAddAnAddendum() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Kun formanden"), "fensmark");
    fixtures.saveDraft(id, "fensmark", "Et udkast", MEMBER);

    for (MockHttpServletRequestBuilder request :
        List.of(
            post(base(id) + "/send").param("tekst", "Et udkast").param("version", "1"),
            get(base(id) + "/send"),
            post(base(id) + "/send/bekraeft").param("version", "1").param("offentlig", "true"),
            post(base(id) + "/afslag").param("begrundelse", ""),
            post(base(id) + "/tillaeg").param("tillaeg", "Mere"))) {
      mvc.perform(request.with(csrf()).with(authentication(as(MEMBER))))
          .andExpect(status().isForbidden());
    }
    assertThat(fensmark(id).getState()).isEqualTo(Invitation.State.DRAFT);
  }

  @Test
  void sendsTheContributionWithTheTextOnTheChairsScreenAndFixesIt() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Send"), "fensmark");
    fixtures.saveDraft(id, "fensmark", "Udkast", MEMBER);

    mvc.perform(
            post(base(id) + "/send")
                .param("tekst", "Det endelige bidrag")
                .param("version", "1")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(base(id) + "/send"));
    assertThat(fensmark(id).getState())
        .as("nothing is sent before it is confirmed")
        .isEqualTo(Invitation.State.DRAFT);
    mvc.perform(get(base(id) + "/send").with(authentication(as(CHAIR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Det endelige bidrag")))
        .andExpect(content().string(containsString("Må bidraget vises offentligt?")))
        .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));

    MvcResult confirmed =
        mvc.perform(
                post(base(id) + "/send/bekraeft")
                    .param("version", "2")
                    .param("offentlig", "true")
                    .with(csrf())
                    .with(authentication(as(CHAIR))))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl(base(id)))
            .andExpect(confirms("council.contribution.notice.sendt"))
            .andReturn();

    Invitation sent = fensmark(id);
    assertThat(sent.getState()).isEqualTo(Invitation.State.CONTRIBUTED);
    assertThat(sent.getSentText()).isEqualTo("Det endelige bidrag");
    assertThat(sent.isContributionPublic()).isTrue();
    mvc.perform(get(base(id)).with(after(confirmed)).with(authentication(as(MEMBER))))
        .andExpect(content().string(containsString("Bidraget er sendt til kommunen. Tak!")))
        .andExpect(content().string(containsString("Bidraget blev sendt")))
        .andExpect(content().string(containsString("Det endelige bidrag")))
        .andExpect(content().string(not(containsString("name=\"tekst\""))));

    // what was sent is fixed: a later save is refused, and the text typed is shown, not lost
    mvc.perform(
            post(base(id) + "/kladde")
                .param("tekst", "En ændring bagefter")
                .param("version", "2")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Rådet har allerede svaret.")))
        .andExpect(content().string(containsString("En ændring bagefter")));
    assertThat(fensmark(id).getSentText()).isEqualTo("Det endelige bidrag");
  }

  @Test
  void sendsAContributionMarkedAsNotPublic() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Ikke offentligt"), "fensmark");

    mvc.perform(
            post(base(id) + "/send")
                .param("tekst", "Med et navn i")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isFound());
    // the choice is explicit: without one nothing is sent
    mvc.perform(
            post(base(id) + "/send/bekraeft")
                .param("version", "1")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Vælg, om bidraget må vises offentligt.")));
    assertThat(fensmark(id).getState()).isEqualTo(Invitation.State.DRAFT);
    mvc.perform(
            post(base(id) + "/send/bekraeft")
                .param("version", "1")
                .param("offentlig", "false")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isFound());

    assertThat(fensmark(id).isContributionPublic()).isFalse();
    assertThat(fensmark(id).isPubliclyVisible()).isFalse();
  }

  @Test
  void refusesToSendAfterTheDeadlineInDanishAndKeepsTheText() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("For sent"), "fensmark");
    fixtures.saveDraft(id, "fensmark", "Udkast", MEMBER);
    fixtures.passDeadline(id);

    mvc.perform(
            post(base(id) + "/send")
                .param("tekst", "Sendt for sent")
                .param("version", "1")
                .param("offentlig", "true")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Fristen er overskredet, eller processen tager ikke længere imod svar.")))
        .andExpect(content().string(containsString("Sendt for sent")));

    assertThat(fensmark(id).getState()).isEqualTo(Invitation.State.DRAFT);
    mvc.perform(get(base(id)).with(authentication(as(CHAIR))))
        .andExpect(content().string(containsString("Intet svar")))
        .andExpect(content().string(containsString("Fristen udløb, uden at rådet svarede.")));
  }

  @Test
  void declinesWithAnOptionalReason() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Takke nej"), "fensmark");

    MvcResult declined =
        mvc.perform(
                post(base(id) + "/afslag")
                    .param("begrundelse", "Vi har ikke haft møde i perioden.")
                    .with(csrf())
                    .with(authentication(as(CHAIR))))
            .andExpect(status().isFound())
            .andExpect(redirectedUrl(base(id)))
            .andExpect(confirms("council.contribution.notice.afslag"))
            .andReturn();

    assertThat(fensmark(id).getState()).isEqualTo(Invitation.State.DECLINED);
    assertThat(fensmark(id).getDeclineReason()).isEqualTo("Vi har ikke haft møde i perioden.");
    mvc.perform(get(base(id)).with(after(declined)).with(authentication(as(MEMBER))))
        .andExpect(content().string(containsString("I har takket nej.")))
        .andExpect(content().string(containsString("Rådet takkede nej")))
        .andExpect(content().string(containsString("Vi har ikke haft møde i perioden.")));

    mvc.perform(
            post(base(id) + "/afslag")
                .param("begrundelse", "Igen")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Rådet har allerede svaret på invitationen.")));
  }

  @Test
  void addsAnAddendumUntilTheDeadline() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Tillæg"), "fensmark");
    fixtures.contribute(id, "fensmark", "Bidraget", true, CHAIR);

    mvc.perform(
            post(base(id) + "/tillaeg")
                .param("tillaeg", "  ")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Skriv tillægget, før I sender det.")));
    mvc.perform(
            post(base(id) + "/tillaeg")
                .param("tillaeg", "Vi glemte stien ved skolen.")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(base(id)))
        .andExpect(confirms("council.contribution.notice.tillaeg"));
    assertThat(fensmark(id).getAddenda())
        .extracting("text")
        .containsExactly("Vi glemte stien ved skolen.");

    fixtures.passDeadline(id);
    mvc.perform(
            post(base(id) + "/tillaeg")
                .param("tillaeg", "For sent")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Fristen er overskredet")))
        .andExpect(content().string(containsString("For sent")));
    assertThat(fensmark(id).getAddenda()).hasSize(1);
  }

  @Test
  void attachesOnlyPdfPngAndJpegRecognisedByTheirContent() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Bilag"), "fensmark");

    mvc.perform(
            multipart(base(id) + "/kladde")
                .file(new MockMultipartFile("fil", "kort.png", "image/png", PNG))
                .param("tekst", "Se kortet")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(base(id)))
        .andExpect(confirms("council.contribution.notice.bilag"));
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart(base(id) + "/kladde")
                .file(new MockMultipartFile("fil", "plan.pdf", "application/pdf", script))
                .param("tekst", "Se kortet og planen")
                .param("version", "1")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Filen skal være en PDF, PNG eller JPEG.")))
        .andExpect(content().string(containsString("Se kortet og planen")));
    byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    mvc.perform(
            multipart(base(id) + "/kladde")
                .file(new MockMultipartFile("fil", "stor.pdf", "application/pdf", large))
                .param("tekst", "Se kortet og planen")
                .param("version", "2")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Filen er større end 10 MB.")));

    Long invitationId = fensmark(id).getId();
    var files = documents.attachmentSummaries(List.of(invitationId)).get(invitationId);
    assertThat(files).hasSize(1);
    assertThat(files.get(0).contentType()).isEqualTo("image/png");
    assertThat(files.get(0).filename()).isEqualTo("kort.png");
    assertThat(fensmark(id).getDraftText())
        .as("the text is saved even when the file is refused")
        .isEqualTo("Se kortet og planen");

    mvc.perform(
            post(base(id) + "/bilag/" + files.get(0).id() + "/slet")
                .param("tekst", "Se kortet og planen")
                .param("version", "2")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(base(id)))
        .andExpect(confirms("council.contribution.notice.bilag-fjernet"));
    assertThat(documents.attachmentSummaries(List.of(invitationId))).isEmpty();
  }

  @Test
  void servesAttachmentsOfDraftsOnlyToTheCouncilAndOfSentContributionsToStaffAndIfPublicToAll()
      throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Bilag og adgang"), "fensmark");
    Long invitationId = fensmark(id).getId();
    Long file =
        answers.attach(invitationId, "notat.pdf", PDF, Act.by(fixtures.accountId(MEMBER))).getId();
    String url = "/inddragelser/" + id + "/bilag/" + file;
    String staffUrl = "/medarbejder/inddragelser/" + id + "/bilag/" + file;
    Authentication employee = personas.authentication(Persona.MEDARBEJDER);

    mvc.perform(get(url).with(authentication(as(MEMBER))))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(content().bytes(PDF));
    // the draft is the council's own: no one outside it can tell the file exists
    mvc.perform(get(url)).andExpect(status().isNotFound());
    for (Persona outside :
        List.of(Persona.CITIZEN, Persona.MEMBER_B, Persona.MEDARBEJDER, Persona.KONTAKTPERSON)) {
      mvc.perform(get(url).with(authentication(personas.authentication(outside))))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get(staffUrl).with(authentication(employee))).andExpect(status().isNotFound());

    fixtures.contribute(id, "fensmark", "Se notatet", false, CHAIR);
    mvc.perform(get(url).with(authentication(employee)))
        .andExpect(status().isOk())
        .andExpect(content().bytes(PDF));
    mvc.perform(get(staffUrl).with(authentication(employee)))
        .andExpect(status().isOk())
        .andExpect(content().bytes(PDF));
    mvc.perform(get(url).with(authentication(personas.authentication(Persona.CITIZEN))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/inddragelser/" + (id + 100000) + "/bilag/" + file))
        .andExpect(status().isNotFound());
  }

  @Test
  void servesTheAttachmentsOfAPublicContributionToAll() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Offentligt bilag"), "fensmark");
    Long file =
        answers
            .attach(fensmark(id).getId(), "notat.pdf", PDF, Act.by(fixtures.accountId(MEMBER)))
            .getId();
    fixtures.contribute(id, "fensmark", "Se notatet", true, CHAIR);

    mvc.perform(get("/inddragelser/" + id + "/bilag/" + file))
        .andExpect(status().isOk())
        .andExpect(content().bytes(PDF));
  }

  @Test
  void keepsAttachmentsOfAContributionThatIsNotPublicFromThePublic() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Lukket bilag"), "fensmark");
    Long file =
        answers
            .attach(fensmark(id).getId(), "navne.pdf", PDF, Act.by(fixtures.accountId(MEMBER)))
            .getId();
    fixtures.contribute(id, "fensmark", "Med navne", false, CHAIR);
    String url = "/inddragelser/" + id + "/bilag/" + file;

    mvc.perform(get(url)).andExpect(status().isFound());
    mvc.perform(get(url).with(authentication(personas.authentication(Persona.CITIZEN))))
        .andExpect(status().isForbidden());
    mvc.perform(get(url).with(authentication(as(CHAIR)))).andExpect(status().isOk());
  }

  @Test
  void showsWhatIsSentAndToWhomBeforeSendingAndDefaultsToPublic() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Bekræft"), "fensmark");
    fixtures.saveDraft(id, "fensmark", "Sådan ser vi på sagen", MEMBER);

    mvc.perform(get(base(id) + "/send").with(authentication(as(CHAIR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Se bidraget igennem, før det sendes")))
        .andExpect(content().string(containsString("Sådan ser vi på sagen")))
        .andExpect(content().string(containsString("Fensmark Lokalråd")))
        .andExpect(content().string(containsString("Ja, bidraget må vises offentligt")))
        .andExpect(content().string(containsString("Nej, kun til kommunen")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "id=\"offentlig-ja\" name=\"offentlig\" value=\"true\" checked")))
        .andExpect(content().string(containsString("Bekræft og send")))
        .andExpect(content().string(containsString("action=\"" + base(id) + "/send/bekraeft\"")));
    assertThat(fensmark(id).getState()).isEqualTo(Invitation.State.DRAFT);
  }

  @Test
  void showsTheDraftAgainInsteadOfSendingWhenSomeoneChangedItAfterTheChairReadIt()
      throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Ændret imens"), "fensmark");
    fixtures.saveDraft(id, "fensmark", "Det formanden læste", CHAIR);
    // the chair has the confirmation of version 1 open; a member saves version 2
    fixtures.saveDraft(id, "fensmark", "Medlemmets nye tekst", MEMBER);

    mvc.perform(
            post(base(id) + "/send/bekraeft")
                .param("version", "1")
                .param("offentlig", "true")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Kladden er blevet ændret")))
        .andExpect(content().string(containsString("Medlemmets nye tekst")))
        .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
    assertThat(fensmark(id).getState()).isEqualTo(Invitation.State.DRAFT);
  }

  @Test
  void neverShowsAMemberAConflictWithTheirOwnLastSave() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Genindlæst"), "fensmark");
    // the last autosave (version 1) arrives after the reloaded page was read at version 0
    mvc.perform(
            post(base(id) + "/kladde/auto")
                .param("tekst", "Skrevet lige før genindlæsningen")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isOk());

    mvc.perform(
            post(base(id) + "/kladde/auto")
                .param("tekst", "Skrevet lige før genindlæsningen, og lidt mere")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(MEMBER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));
    assertThat(fensmark(id).getDraftText()).endsWith("og lidt mere");

    // another member's save based on the old version is still a conflict
    mvc.perform(
            post(base(id) + "/kladde/auto")
                .param("tekst", "Formandens gamle udgave")
                .param("version", "0")
                .with(csrf())
                .with(authentication(as(CHAIR))))
        .andExpect(status().isConflict());
  }

  @Test
  void tellsASignedOutAutosaveToSignInAgainAndKeepsTheDraftKeyForTheBrowser() throws Exception {
    Long id = fixtures.openProcess(uniqueTitle("Udløbet session"), "fensmark");

    mvc.perform(get(base(id)).with(authentication(as(MEMBER))))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("data-draft-key=\"samspil-kladde:fensmark:" + id)))
        .andExpect(content().string(containsString("Du er ikke længere logget ind")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "href=\"/login?fortsaet=%2Fmit-lokalraad%2Ffensmark%2Finddragelser%2F"
                            + id
                            + "\"")))
        .andExpect(content().string(containsString("Brug den gemte tekst")));

    // signed out, the autosave is refused without saving, and never with a bare "Forbidden"
    String refused =
        mvc.perform(
                post(base(id) + "/kladde/auto")
                    .param("tekst", "Tekst efter udløb")
                    .param("version", "0")
                    .header("Accept", "application/json"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).doesNotContain("Tekst efter udløb");
    assertThat(fensmark(id).getDraftText()).isEmpty();
  }
}
