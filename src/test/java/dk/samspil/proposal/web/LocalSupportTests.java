package dk.samspil.proposal.web;

import static dk.samspil.proposal.ProposalFixtures.brought;
import static dk.samspil.proposal.ProposalFixtures.uniqueEmail;
import static dk.samspil.proposal.ProposalFixtures.uniqueTitle;
import static dk.samspil.shared.Confirmations.confirms;
import static dk.samspil.shared.Confirmations.confirmsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.TestPrincipals;
import dk.samspil.notification.TestMailServer;
import dk.samspil.proposal.MunicipalAnswer;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalFixtures;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Local support: one per account, at once; one per e-mail address, by the single-use link in a
 * mail; only while the proposal is on its way; the count on the public page.
 */
@SamspilTest
class LocalSupportTests {

  @Autowired MockMvc mvc;
  @Autowired ProposalFixtures fixtures;
  @Autowired GreenMail greenMail;

  @Test
  void aSignedInPersonSupportsOnceAtOnce() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Støt som konto"), "fensmark"));
    var citizen = TestPrincipals.as(fixtures.account("borger@samspil.test"));

    mvc.perform(post("/forslag/" + proposal.getId() + "/stoet").with(citizen).with(csrf()))
        .andExpect(redirectedUrl("/forslag/" + proposal.getId() + "#stoette"))
        .andExpect(confirms("proposal.public.support.done.SUPPORTED"));
    mvc.perform(post("/forslag/" + proposal.getId() + "/stoet").with(citizen).with(csrf()))
        .andExpect(confirms("proposal.public.support.done.ALREADY_SUPPORTED"));

    assertThat(fixtures.supports(proposal)).isEqualTo(1);
    assertThat(
            mvc.perform(get("/forslag/" + proposal.getId()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Én borger støtter forslaget.");
  }

  @Test
  void supportByEmailCountsOnceTheLinkIsUsedAndOnlyOnce() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Støt med e-mail"), "glumsoe"));
    String email = uniqueEmail("stoetter");

    mvc.perform(post("/forslag/" + proposal.getId() + "/stoet").param("email", email).with(csrf()))
        .andExpect(confirms("proposal.public.support.done.LINK_SENT"));
    assertThat(fixtures.supports(proposal)).isZero();
    mvc.perform(post("/forslag/" + proposal.getId() + "/stoet").param("email", email).with(csrf()))
        .andExpect(confirms("proposal.public.support.done.LINK_ALREADY_SENT"));

    MimeMessage mail = TestMailServer.awaitMessageTo(greenMail, email);
    assertThat(mail.getSubject()).contains(proposal.getTitle());
    String link = TestMailServer.link(mail, "/forslag/stoette/bekraeft?token=");
    String token =
        UriComponentsBuilder.fromUri(URI.create(link)).build().getQueryParams().getFirst("token");

    String confirmPage =
        mvc.perform(get("/forslag/stoette/bekraeft").param("token", token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(confirmPage).contains("Bekræft min støtte", proposal.getTitle());
    assertThat(fixtures.supports(proposal)).as("the page alone confirms nothing").isZero();

    mvc.perform(post("/forslag/stoette/bekraeft").param("token", token).with(csrf()))
        .andExpect(redirectedUrl("/forslag/" + proposal.getId() + "#stoette"))
        .andExpect(confirmsWith("proposal.public.support.confirmed", proposal.getTitle()));
    assertThat(fixtures.supports(proposal)).isEqualTo(1);

    assertThat(
            mvc.perform(post("/forslag/stoette/bekraeft").param("token", token).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Du har allerede bekræftet din støtte");
    mvc.perform(
            post("/forslag/" + proposal.getId() + "/stoet")
                .param("email", email.toUpperCase())
                .with(csrf()))
        .andExpect(confirms("proposal.public.support.done.ALREADY_SUPPORTED"));
    assertThat(fixtures.supports(proposal)).isEqualTo(1);
    assertThat(TestMailServer.messagesTo(greenMail, email)).hasSize(1);
  }

  @Test
  void anUnknownLinkIsExplained() throws Exception {
    assertThat(
            mvc.perform(get("/forslag/stoette/bekraeft").param("token", "ukendt"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Linket virker ikke")
        .doesNotContain("Bekræft min støtte");
  }

  @Test
  void asksForAnAddressAndKeepsWhatWasTyped() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Forkert adresse"), "fensmark"));

    assertThat(
            mvc.perform(post("/forslag/" + proposal.getId() + "/stoet").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Skriv din e-mailadresse, så vi kan sende dig linket.");
    assertThat(
            mvc.perform(
                    post("/forslag/" + proposal.getId() + "/stoet")
                        .param("email", "ikke-en-adresse")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Skriv en e-mailadresse som navn@eksempel.dk.")
        .contains("value=\"ikke-en-adresse\"");
  }

  @Test
  void aProgramThatFillsTheHiddenFieldIsAnsweredPolitelyAndNothingHappens() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Honningkrukke"), "fensmark"));
    String email = uniqueEmail("robot");

    mvc.perform(
            post("/forslag/" + proposal.getId() + "/stoet")
                .param("email", email)
                .param("hjemmeside", "https://spam.example")
                .with(csrf()))
        .andExpect(confirms("proposal.public.support.done.LINK_SENT"));

    Thread.sleep(500);
    assertThat(TestMailServer.messagesTo(greenMail, email)).isEmpty();
  }

  @Test
  void aFinishedProposalCannotBeSupported() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Slut"), "fensmark"));
    fixtures.answered(proposal, MunicipalAnswer.NEJ, "Nej tak.");

    assertThat(
            mvc.perform(
                    post("/forslag/" + proposal.getId() + "/stoet")
                        .with(TestPrincipals.as(fixtures.account("borger@samspil.test")))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Forslaget kan ikke støttes længere");
    assertThat(fixtures.supports(proposal)).isZero();
  }

  @Test
  void limitsTheLinksOneClientAddressMayAskForInAnHour() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Mange links"), "fensmark"));
    String client = "203.0.113." + (int) (Math.random() * 200 + 1);
    for (int i = 0; i < 10; i++) {
      String email = uniqueEmail("graense" + i);
      mvc.perform(
              post("/forslag/" + proposal.getId() + "/stoet")
                  .param("email", email)
                  .with(csrf())
                  .with(
                      request -> {
                        request.setRemoteAddr(client);
                        return request;
                      }))
          .andExpect(confirms("proposal.public.support.done.LINK_SENT"));
    }

    assertThat(
            mvc.perform(
                    post("/forslag/" + proposal.getId() + "/stoet")
                        .param("email", uniqueEmail("for.mange"))
                        .with(csrf())
                        .with(
                            request -> {
                              request.setRemoteAddr(client);
                              return request;
                            }))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Prøv igen om en time.");
  }
}
