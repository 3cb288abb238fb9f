package dk.samspil.proposal.web.council;

import static dk.samspil.proposal.CouncilProposalMother.unique;
import static dk.samspil.proposal.CouncilProposalMother.uniqueEmail;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.Personas;
import dk.samspil.account.Personas.Persona;
import dk.samspil.account.TestAccounts;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.notification.TestMailServer;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.proposal.Assessment;
import dk.samspil.proposal.CouncilProposalMother;
import dk.samspil.proposal.CouncilProposals;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalState;
import dk.samspil.proposal.ReturnReason;
import dk.samspil.proposal.StepKind;
import dk.samspil.shared.EventListeners;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The council qualifies a proposal, over HTTP as its members and the proposer use it: Mit
 * lokalråd's section, the handling page, internal comments that no other council reads, the
 * question to the proposer and the answer by the mailed link, and the four decisions, which only
 * whoever answers for the council takes. Every test brings its own proposal.
 */
@SamspilTest
class CouncilHandlingTests {

  @Autowired MockMvc mvc;
  @Autowired Personas personas;
  @Autowired CouncilProposalMother mother;
  @Autowired GreenMail greenMail;
  @Autowired EventListeners listeners;
  @Autowired TestAccounts testAccounts;
  @Autowired OrganisationManagement organisation;
  @Autowired AreaManagement areas;
  @Autowired CouncilManagement councils;
  @Autowired CouncilProposals councilProposals;
  @Autowired NewProposalsSection section;

  Authentication as(Persona persona) {
    return personas.authentication(persona);
  }

  Proposal fensmark(String title) {
    return mother.atCouncil(title, "fensmark", uniqueEmail("forslag"));
  }

  static String page(Proposal proposal) {
    return "/forslag/" + proposal.getId() + "/behandling";
  }

  String html(Proposal proposal, Persona persona) throws Exception {
    return mvc.perform(get(page(proposal)).with(authentication(as(persona))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void showsTheCouncilsWaitingProposalsOnMitLokalraadNewestFirstWithTheirDeadlines()
      throws Exception {
    Proposal older = fensmark(unique("Ældre forslag om cykelsti"));
    Proposal soon = fensmark(unique("Bænk ved gadekæret"));
    mother.setCouncilDeadline(soon, LocalDate.now().plusDays(3));
    Proposal passed = fensmark(unique("Fodgængerovergang"));
    mother.setCouncilDeadline(passed, LocalDate.now().minusDays(2));

    String html =
        mvc.perform(get("/mit-lokalraad/fensmark").with(authentication(as(Persona.MEMBER_A))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .contains("Borgerforslag til lokalrådet")
        .contains("href=\"" + page(soon) + "\"")
        .contains("3 dage tilbage")
        .contains("Fristen er overskredet")
        .contains("href=\"/mit-lokalraad/fensmark/forslag\"");
    assertThat(html.indexOf(passed.getTitle()))
        .as("newest first")
        .isLessThan(html.indexOf(soon.getTitle()));
    assertThat(html.indexOf(soon.getTitle())).isLessThan(html.indexOf(older.getTitle()));
  }

  @Test
  void saysSoInDanishWhenNoProposalWaits() {
    var empty =
        section
            .forMembers(councils.council("herlufmagle"), 0L, Locale.forLanguageTag("da"))
            .orElseThrow();

    assertThat(empty.entries()).isEmpty();
    assertThat(empty.emptyText()).isEqualTo("Der er ingen forslag, som venter på jer lige nu.");
  }

  @Test
  void showsTheProposalInFullWithTheProposersAddressToTheCouncil() throws Exception {
    Proposal proposal = fensmark(unique("Fodgængerovergang ved skolen"));

    assertThat(html(proposal, Persona.MEMBER_A))
        .contains(proposal.getTitle())
        .contains("Børnene krydser vejen hver morgen.")
        .contains("Der mangler en sikker overgang.")
        .contains("Fensmarkvej ved skolen")
        .contains(proposal.getProposerEmail())
        .contains("Modtaget af lokalrådet")
        .contains("Fensmark Lokalråd");
  }

  @Test
  void aMemberCommentsInternally() throws Exception {
    Proposal proposal = fensmark(unique("Kommentar"));

    mvc.perform(
            post(page(proposal) + "/kommentar")
                .param("kommentar", "Det har vi talt om før. Godt forslag.")
                .with(csrf())
                .with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("proposal.council.comment.added"));

    assertThat(html(proposal, Persona.CHAIR_A))
        .contains("Det har vi talt om før. Godt forslag.")
        .contains("Maria Lund");
    assertThat(councilProposals.comments(proposal.getId())).hasSize(1);
  }

  @Test
  void refusesAnEmptyOrTooLongCommentAndKeepsTheText() throws Exception {
    Proposal proposal = fensmark(unique("For lang"));
    String tooLong = "x".repeat(2001);

    mvc.perform(
            post(page(proposal) + "/kommentar")
                .param("kommentar", tooLong)
                .with(csrf())
                .with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("højst være på 2.000 tegn")))
        .andExpect(content().string(containsString(tooLong)));

    assertThat(councilProposals.comments(proposal.getId())).isEmpty();
  }

  @Test
  void aMemberOfAnotherCouncilNeitherReadsNorComments() throws Exception {
    Proposal proposal = fensmark(unique("Internt"));
    mvc.perform(
            post(page(proposal) + "/kommentar")
                .param("kommentar", "Kun for Fensmark")
                .with(csrf())
                .with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get(page(proposal)).with(authentication(as(Persona.MEMBER_B))))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString("Kun for Fensmark"))));
    mvc.perform(
            post(page(proposal) + "/kommentar")
                .param("kommentar", "Fra Tappernøje")
                .with(csrf())
                .with(authentication(as(Persona.MEMBER_B))))
        .andExpect(status().isForbidden());
    mvc.perform(get(page(proposal)).with(authentication(as(Persona.CITIZEN))))
        .andExpect(status().isForbidden());

    assertThat(councilProposals.comments(proposal.getId()))
        .extracting(c -> c.getText())
        .containsExactly("Kun for Fensmark");
  }

  @Test
  void theChairAsksTheProposerWhoAnswersByTheMailedLinkAndTheCouncilIsTold() throws Exception {
    String proposer = uniqueEmail("spoerg");
    Proposal proposal = mother.atCouncil(unique("Legeplads i Fensmark"), "fensmark", proposer);

    mvc.perform(
            post(page(proposal) + "/spoergsmaal")
                .param("spoergsmaal", "Hvor på pladsen tænker du?")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("proposal.council.question.sent"));

    MimeMessage mail =
        TestMailServer.awaitMessageTo(greenMail, proposer, "Spørgsmål til dit forslag");
    assertThat(TestMailServer.text(mail))
        .contains("Fensmark Lokalråd har et spørgsmål")
        .contains("Hvor på pladsen tænker du?");
    String link = TestMailServer.link(mail, "/forslag/svar?token=");
    String token =
        UriComponentsBuilder.fromUri(URI.create(link)).build().getQueryParams().getFirst("token");

    mvc.perform(get("/forslag/svar").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hvor på pladsen tænker du?")))
        .andExpect(content().string(containsString("name=\"svar\"")));
    mvc.perform(
            post("/forslag/svar")
                .param("token", token)
                .param("svar", "Ved den gamle sandkasse.")
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("proposal.council.answer.thanks"));

    assertThat(html(proposal, Persona.MEMBER_A))
        .contains("Hvor på pladsen tænker du?")
        .contains("Ved den gamle sandkasse.");
    assertThat(mother.proposal(proposal.getId()).getSteps())
        .extracting(step -> step.getKind())
        .containsSubsequence(StepKind.SPOERGSMAAL, StepKind.SVAR_FRA_FORSLAGSSTILLER);
    assertThat(mother.recipientsOfMailsAbout("Svar fra forslagsstilleren: " + proposal.getTitle()))
        .contains("fensmark@lokalraad.example", "formand.fensmark@samspil.test");

    // the link is single-use: a second answer is refused, and the first stays
    mvc.perform(
            post("/forslag/svar").param("token", token).param("svar", "Noget andet").with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("allerede svaret")));
    mvc.perform(get("/forslag/svar").param("token", "ukendt"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Linket virker ikke")));
  }

  @Test
  void theChairForwardsWithTheCouncilsAssessment() throws Exception {
    Proposal proposal = fensmark(unique("Videresend"));

    mvc.perform(
            post(page(proposal) + "/videresend")
                .param("vurdering", "STOETTER_MED_AENDRINGER")
                .param(
                    "vurderingTekst", "Passer til lokaludviklingsplanens mål om trafiksikkerhed.")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(page(proposal)))
        .andExpect(confirms("proposal.council.forwarded"));

    Proposal forwarded = mother.proposal(proposal.getId());
    assertThat(forwarded.getState()).isEqualTo(ProposalState.VIDERESENDT);
    assertThat(forwarded.getAssessment()).isEqualTo(Assessment.STOETTER_MED_AENDRINGER);
    assertThat(forwarded.getAssessmentText()).contains("trafiksikkerhed");
  }

  @Test
  void aForwardWithoutAssessmentShowsTheFormAgainWithTheText() throws Exception {
    Proposal proposal = fensmark(unique("Uden vurdering"));

    mvc.perform(
            post(page(proposal) + "/videresend")
                .param("vurderingTekst", "Vores begrundelse")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Vælg lokalrådets vurdering.")))
        .andExpect(content().string(containsString("Vores begrundelse")));

    assertThat(mother.proposal(proposal.getId()).getState())
        .isEqualTo(ProposalState.HOS_LOKALRAADET);
  }

  @Test
  void theChairReturnsItWithAReason() throws Exception {
    Proposal proposal = fensmark(unique("Retur"));

    mvc.perform(
            post(page(proposal) + "/retur")
                .param("grund", "ALLEREDE_PLANLAGT")
                .param("returTekst", "Kommunen laver overgangen til foråret.")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("proposal.council.returned"));

    Proposal returned = mother.proposal(proposal.getId());
    assertThat(returned.getState()).isEqualTo(ProposalState.RETURNERET);
    assertThat(returned.getReturnReason()).isEqualTo(ReturnReason.ALLEREDE_PLANLAGT);
  }

  @Test
  void theChairMovesItToTheAreaItBelongsToWithANewDeadline() throws Exception {
    Proposal proposal = fensmark(unique("Flyt"));
    Long glumsoe = areas.area("glumsoe").getId();

    mvc.perform(
            post(page(proposal) + "/flyt")
                .param("omraade", String.valueOf(glumsoe))
                .param("flytTekst", "Stedet ligger i Glumsø.")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/mit-lokalraad/fensmark/forslag"))
        .andExpect(confirms("proposal.council.moved"));

    Proposal moved = mother.proposal(proposal.getId());
    assertThat(moved.getState()).isEqualTo(ProposalState.HOS_LOKALRAADET);
    assertThat(moved.getAreaId()).isEqualTo(glumsoe);
    assertThat(moved.getCouncilId()).isEqualTo(councils.council("glumsoe").getId());
    assertThat(moved.getCouncilDeadline()).isEqualTo(LocalDate.now().plusWeeks(6));
    // Fensmark no longer reads it; it lists it as one it decided on
    mvc.perform(get(page(proposal)).with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/mit-lokalraad/fensmark/forslag").with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(proposal.getTitle())));
  }

  @Test
  void theChairTakesItUpAsTheCouncilsOwnProject() throws Exception {
    Proposal proposal = fensmark(unique("Overtag"));

    mvc.perform(
            post(page(proposal) + "/overtag")
                .param("overtagTekst", "Vi samler frivillige til en arbejdsdag.")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("proposal.council.taken-up"));

    assertThat(mother.proposal(proposal.getId()).getState()).isEqualTo(ProposalState.OVERTAGET);
  }

  @Test
  void aPlainMemberCannotDecideNorAsk() throws Exception {
    Proposal proposal = fensmark(unique("Medlem"));

    mvc.perform(
            post(page(proposal) + "/videresend")
                .param("vurdering", "STOETTER")
                .param("vurderingTekst", "Godt")
                .with(csrf())
                .with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page(proposal) + "/overtag")
                .with(csrf())
                .with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(page(proposal) + "/spoergsmaal")
                .param("spoergsmaal", "Hvorfor?")
                .with(csrf())
                .with(authentication(as(Persona.MEMBER_A))))
        .andExpect(status().isForbidden());

    assertThat(mother.proposal(proposal.getId()).getState())
        .isEqualTo(ProposalState.HOS_LOKALRAADET);
    assertThat(html(proposal, Persona.MEMBER_A))
        .doesNotContain("action=\"" + page(proposal) + "/videresend\"")
        .contains("Det er formanden eller den, der må svare for lokalrådet");
  }

  @Test
  void aDecisionFromAPageShownBeforeTheProposalMovedOnShowsWhyNot() throws Exception {
    Proposal proposal = fensmark(unique("Forældet"));
    mvc.perform(
            post(page(proposal) + "/overtag")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().is3xxRedirection());

    mvc.perform(
            post(page(proposal) + "/retur")
                .param("grund", "IKKE_KOMMUNAL")
                .param("returTekst", "Ikke en kommunal sag.")
                .with(csrf())
                .with(authentication(as(Persona.CHAIR_A))))
        .andExpect(status().isConflict())
        .andExpect(
            content().string(containsString("Det kan ikke lade sig gøre, hvor forslaget er nu")));

    assertThat(mother.proposal(proposal.getId()).getState()).isEqualTo(ProposalState.OVERTAGET);
  }

  @Test
  void theContactPersonActsForAnAreaWithoutACouncil() throws Exception {
    Long jonas =
        organisation.contactPersonByEmail("jonas.andersen@kommune.example").orElseThrow().getId();
    Account account = testAccounts.create("kontaktperson");
    testAccounts.accounts().setMunicipalRoles(account.getId(), false, null, jonas);
    Proposal proposal =
        mother.atCouncil(unique("Midtbyen"), "naestved-midtby", uniqueEmail("midt"));
    assertThat(proposal.getCouncilId()).isNull();

    assertThat(councilProposals.forAreasWithoutCouncil(jonas))
        .extracting(Proposal::getId)
        .contains(proposal.getId());
    mvc.perform(get(page(proposal)).with(testAccounts.signedIn(account)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Behandles af kontaktpersonen")))
        .andExpect(content().string(containsString("Jonas Bech Andersen")));
    MvcResult forwarded =
        mvc.perform(
                post(page(proposal) + "/videresend")
                    .param("vurdering", "INGEN_HOLDNING")
                    .param("vurderingTekst", "Området har intet lokalråd.")
                    .with(csrf())
                    .with(testAccounts.signedIn(account)))
            .andExpect(status().is3xxRedirection())
            .andReturn();

    assertThat(forwarded.getResponse().getRedirectedUrl()).isEqualTo(page(proposal));
    assertThat(mother.proposal(proposal.getId()).getState()).isEqualTo(ProposalState.VIDERESENDT);
    // the contact person of councils' areas (Lene) does not decide here
    mvc.perform(get(page(proposal)).with(authentication(as(Persona.KONTAKTPERSON))))
        .andExpect(status().isForbidden());
  }
}
