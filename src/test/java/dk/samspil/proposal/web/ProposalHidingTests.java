package dk.samspil.proposal.web;

import static dk.samspil.proposal.ProposalFixtures.brought;
import static dk.samspil.proposal.ProposalFixtures.uniqueTitle;
import static dk.samspil.shared.Confirmations.confirmsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.TestPrincipals;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalFixtures;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hiding a proposal: staff and the council's answerers may, with a reason, which the audit log
 * keeps; a hidden proposal is gone from the list, the open data and its page.
 */
@SamspilTest
class ProposalHidingTests {

  @Autowired MockMvc mvc;
  @Autowired ProposalFixtures fixtures;

  String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theChairHidesItWithAReasonAndItIsGoneFromThePageTheListAndTheApi() throws Exception {
    String title = uniqueTitle("Skal skjules");
    Proposal proposal = fixtures.confirmed(brought(title, "fensmark"));
    var chair = TestPrincipals.as(fixtures.account("formand.fensmark@samspil.test"));
    String reason = "Nævner en navngiven nabo " + UUID.randomUUID();

    assertThat(html(get("/forslag/" + proposal.getId()).with(chair)))
        .contains("Skjul forslaget", "action=\"/forslag/" + proposal.getId() + "/skjul\"");
    assertThat(html(get("/forslag/" + proposal.getId()))).doesNotContain("Skjul forslaget");
    assertThat(html(get("/api/v1/proposals?area=fensmark&size=100"))).contains(title);

    mvc.perform(
            post("/forslag/" + proposal.getId() + "/skjul")
                .param("begrundelse", reason)
                .with(chair)
                .with(csrf()))
        .andExpect(redirectedUrl("/forslag"))
        .andExpect(confirmsWith("proposal.public.hide.done", title));

    mvc.perform(get("/forslag/" + proposal.getId())).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/proposals/" + proposal.getId())).andExpect(status().isNotFound());
    assertThat(html(get("/forslag?omraade=fensmark"))).doesNotContain(title);
    assertThat(html(get("/api/v1/proposals?area=fensmark&size=100"))).doesNotContain(title);
    assertThat(html(get("/lokalraad/fensmark"))).doesNotContain(title);
    assertThat(fixtures.reload(proposal).getHiddenReason()).isEqualTo(reason);

    var admin = TestPrincipals.as(fixtures.account("admin@samspil.test"));
    assertThat(html(get("/admin/revision").param("type", "proposal").with(admin)))
        .contains("Skjult: borgerforslag", title, reason);
  }

  @Test
  void aReasonIsRequired() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Uden grund"), "fensmark"));

    assertThat(
            mvc.perform(
                    post("/forslag/" + proposal.getId() + "/skjul")
                        .param("begrundelse", " ")
                        .with(TestPrincipals.as(fixtures.account("admin@samspil.test")))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Skriv, hvorfor forslaget skjules.");
    assertThat(fixtures.reload(proposal).isPublic()).isTrue();
  }

  @Test
  void aPlainMemberAnotherCouncilsChairAndTheAnonymousMayNotHideIt() throws Exception {
    Proposal proposal = fixtures.confirmed(brought(uniqueTitle("Bliver stående"), "fensmark"));
    String path = "/forslag/" + proposal.getId() + "/skjul";

    mvc.perform(
            post(path)
                .param("begrundelse", "Nej")
                .with(TestPrincipals.as(fixtures.account("medlem.fensmark@samspil.test")))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(path)
                .param("begrundelse", "Nej")
                .with(TestPrincipals.as(fixtures.account("formand.tappernoeje@samspil.test")))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post(path).param("begrundelse", "Nej").with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            html(
                get("/forslag/" + proposal.getId())
                    .with(TestPrincipals.as(fixtures.account("medlem.fensmark@samspil.test")))))
        .doesNotContain("Skjul forslaget");
    assertThat(fixtures.reload(proposal).isPublic()).isTrue();
  }
}
