package dk.samspil.proposal.web;

import static dk.samspil.proposal.ProposalFixtures.brought;
import static dk.samspil.proposal.ProposalFixtures.uniqueEmail;
import static dk.samspil.proposal.ProposalFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.TestPrincipals;
import dk.samspil.proposal.MunicipalAnswer;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalFixtures;
import dk.samspil.proposal.ProposalKind;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the public sees of proposals: the list with its filters and pages, a proposal's page with
 * its trail, and the council and area pages' sections. The proposer's e-mail address never, the
 * name only when the proposer chose so; unconfirmed proposals not at all.
 */
@SamspilTest
class PublicProposalPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ProposalFixtures fixtures;

  String page(String path) throws Exception {
    return page(get(path));
  }

  String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void listsPublicProposalsButNeverUnconfirmedOnes() throws Exception {
    String title = uniqueTitle("Bekræftet forslag");
    String unconfirmed = uniqueTitle("Ubekræftet forslag");
    fixtures.confirmed(brought(title, "fensmark"));
    Proposal hidden = fixtures.unconfirmed(brought(unconfirmed, "fensmark"));

    String html = page("/forslag?omraade=fensmark");
    assertThat(html)
        .contains(title, "Hos lokalrådet", "Fensmark Lokalråd")
        .contains("href=\"/forslag/nyt\"", "Kom med et forslag")
        .doesNotContain(unconfirmed);
    mvc.perform(get("/forslag/" + hidden.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/forslag/999999999")).andExpect(status().isNotFound());
  }

  @Test
  void filtersByAreaThemeKindAndState() throws Exception {
    String title = uniqueTitle("Initiativ om trafik i Glumsø");
    Proposal proposal =
        fixtures.confirmed(brought(title, "glumsoe").kind(ProposalKind.INITIATIV).themes("trafik"));

    assertThat(page("/forslag?omraade=glumsoe&tema=trafik&type=initiativ&status=hos_lokalraadet"))
        .contains(title)
        .contains("<option value=\"glumsoe\" selected>")
        .contains("<option value=\"initiativ\" selected>");
    assertThat(page("/forslag?omraade=fensmark")).doesNotContain(title);
    assertThat(page("/forslag?tema=kultur-fritid")).doesNotContain(title);
    assertThat(page("/forslag?type=forslag")).doesNotContain(title);
    assertThat(page("/forslag?status=besvaret")).doesNotContain(title);
    assertThat(page("/forslag?omraade=atlantis"))
        .doesNotContain(title)
        .contains("Ingen forslag passer på dit valg.");
    assertThat(page("/forslag?status=ubekraeftet")).contains("Ingen forslag passer på dit valg.");

    fixtures.forwarded(proposal, "Vi støtter det.");
    assertThat(page("/forslag?omraade=glumsoe&status=videresendt")).contains(title);
    assertThat(page("/forslag?omraade=glumsoe&status=hos_lokalraadet")).doesNotContain(title);
  }

  @Test
  void paginatesTheListNewestFirst() throws Exception {
    String prefix = "Sidevisning " + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < ProposalViews.PAGE_SIZE + 1; i++) {
      fixtures.confirmed(
          brought(prefix + " nr. " + i, "sankt-joergens")
              .kind(ProposalKind.INITIATIV)
              .themes("idraetsanlaeg"));
    }

    String first = page("/forslag?omraade=sankt-joergens&tema=idraetsanlaeg&type=initiativ");
    String second =
        page("/forslag?omraade=sankt-joergens&tema=idraetsanlaeg&type=initiativ&side=1");
    assertThat(first)
        .contains("Side 1 af 2", "21 forslag passer på dit valg.")
        .contains(prefix + " nr. 20")
        .contains("side=1&amp;omraade=sankt-joergens&amp;tema=idraetsanlaeg&amp;type=initiativ");
    assertThat(second).contains("Side 2 af 2").contains(prefix + " nr. 0");
    assertThat(second).doesNotContain(prefix + " nr. 20");
  }

  @Test
  void showsTheTrailWithTheCouncilsAssessmentAndTheAnswerButNeverTheEmail() throws Exception {
    String title = uniqueTitle("Ny bænk ved søen");
    String email = uniqueEmail("hemmelig");
    Proposal proposal =
        fixtures.confirmed(
            brought(title, "fensmark").proposer("Hanne Hemmelig", email, false).at(55.28, 11.80));
    fixtures.answered(proposal, MunicipalAnswer.NEJ, "Vi har ikke penge til det i år.");

    String html = page("/forslag/" + proposal.getId());
    assertThat(html)
        .contains(title, "Forslagets vej")
        .contains("Modtaget af lokalrådet", "Fensmark Lokalråd")
        .contains(
            "Sendt videre til kommunen", "Lokalrådet støtter forslaget", "Lokalrådet støtter det.")
        .contains("Givet til en forvaltning", "Center for Plan og Miljø")
        .contains(
            "Forvaltningen har kvitteret for modtagelsen", "Behandles af Sagsbehandler Hansen")
        .contains("Kommunen har svaret", "Nej", "Vi har ikke penge til det i år.")
        .contains("Kommunen har svaret. Forslagets vej er slut.")
        .contains("<p>Første afsnit om " + title + ".</p>")
        .contains("Andet afsnit, med &lt;b&gt;tegn&lt;/b&gt;.")
        .contains("data-marker-lat=\"55.28\"", "/webjars/leaflet/dist/leaflet.js")
        .contains("Forslaget kan ikke støttes længere")
        .doesNotContain(email, "Hanne Hemmelig", "<b>tegn</b>");
  }

  @Test
  void showsTheProposersNameOnlyWhenTheyChoseSo() throws Exception {
    String shown = uniqueTitle("Med navn");
    String unnamed = uniqueTitle("Uden navn");
    Proposal withName =
        fixtures.confirmed(
            brought(shown, "glumsoe").proposer("Vibeke Synlig", uniqueEmail("synlig"), true));
    Proposal withoutName =
        fixtures.confirmed(
            brought(unnamed, "glumsoe").proposer("Vagn Usynlig", uniqueEmail("usynlig"), false));

    assertThat(page("/forslag/" + withName.getId())).contains("Forslagsstiller", "Vibeke Synlig");
    assertThat(page("/forslag/" + withoutName.getId()))
        .doesNotContain("Vagn Usynlig")
        .doesNotContain("Forslagsstiller</dt>");
  }

  @Test
  void tellsThatTheContactPersonHandlesAProposalInAnAreaWithoutACouncil() throws Exception {
    Proposal proposal =
        fixtures.confirmed(brought(uniqueTitle("Cykler ved banen"), "sankt-joergens"));

    assertThat(page("/forslag/" + proposal.getId()))
        .contains(
            "Området har ikke et lokalråd. Kommunens kontaktperson for området behandler forslaget.")
        .contains("Kontaktpersonen svarer senest");
  }

  @Test
  void linksTheCouncilToTheHandlingPageAndTheDepartmentToItsPage() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Links"), "fensmark"));
    String handling = "href=\"/forslag/" + proposal.getId() + "/behandling\"";
    String department = "href=\"/medarbejder/forslag/" + proposal.getId() + "\"";

    assertThat(page("/forslag/" + proposal.getId())).doesNotContain(handling, department);
    assertThat(
            page(
                get("/forslag/" + proposal.getId())
                    .with(TestPrincipals.as(fixtures.account("medlem.fensmark@samspil.test")))))
        .contains(handling)
        .doesNotContain(department);
    assertThat(
            page(
                get("/forslag/" + proposal.getId())
                    .with(TestPrincipals.as(fixtures.account("borger@samspil.test")))))
        .doesNotContain(handling, department);

    fixtures.answered(proposal, MunicipalAnswer.JA, "Ja, det gør vi.");
    assertThat(
            page(
                get("/forslag/" + proposal.getId())
                    .with(TestPrincipals.as(fixtures.account("medarbejder@samspil.test")))))
        .contains(handling, department);
  }

  @Test
  void councilAndAreaPagesListTheirProposalsAndWhatCameOfThem() throws Exception {
    String title = uniqueTitle("Til lokalrådets side");
    Proposal proposal = fixtures.confirmed(brought(title, "tappernoeje"));
    fixtures.answered(proposal, MunicipalAnswer.DELVIS, "Delvist, som første skridt.");

    String council = page("/lokalraad/tappernoeje");
    assertThat(council)
        .contains("id=\"forslag\"", "Borgerforslag")
        .contains("href=\"/forslag/" + proposal.getId() + "\"", title)
        .contains("Besvaret", "Delvist");
    String area = page("/lokalomraader/tappernoeje");
    assertThat(area).contains("href=\"/forslag/" + proposal.getId() + "\"", title);
    assertThat(page("/lokalomraader/sydvest"))
        .contains("Der er ingen borgerforslag fra området endnu.");
  }

  @Test
  void councilPageLinksToTheRestWhenItHasMoreThanItLists() throws Exception {
    for (int i = 0; i <= ProposalPageSections.LIMIT; i++) {
      fixtures.confirmed(brought(uniqueTitle("Mange i Fodby"), "fodby"));
    }

    assertThat(page("/lokalraad/fodby")).contains("href=\"/forslag?omraade=fodby\"", "Se alle");
    assertThat(page("/lokalomraader/fodby")).contains("href=\"/forslag?omraade=fodby\"");
  }
}
