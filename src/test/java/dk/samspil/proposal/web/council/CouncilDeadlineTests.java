package dk.samspil.proposal.web.council;

import static dk.samspil.proposal.CouncilProposalMother.unique;
import static dk.samspil.proposal.CouncilProposalMother.uniqueEmail;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.notification.TestMailServer;
import dk.samspil.proposal.CouncilDeadlines;
import dk.samspil.proposal.CouncilProposalMother;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.StepKind;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The council's deadline for a proposal: one reminder before it to those who answer for the council
 * (or the contact person where the area has none), and, once it passed, the proposer's mail with
 * the link to ask the contact person to forward it.
 */
@SamspilTest
class CouncilDeadlineTests {

  @Autowired MockMvc mvc;
  @Autowired CouncilProposalMother mother;
  @Autowired CouncilDeadlines deadlines;
  @Autowired GreenMail greenMail;

  @Test
  void remindsTheCouncilsAnswerersOnceBeforeTheDeadline() {
    Proposal due = mother.atCouncil(unique("Påmindes"), "fensmark", uniqueEmail("p"));
    mother.setCouncilDeadline(due, LocalDate.now().plusDays(5));
    Proposal later = mother.atCouncil(unique("Endnu ikke"), "fensmark", uniqueEmail("p"));

    deadlines.sendReminders(7);
    deadlines.sendReminders(7);

    assertThat(mother.recipientsOfMailsAbout("for borgerforslaget " + due.getTitle()))
        .containsExactly("formand.fensmark@samspil.test");
    assertThat(mother.recipientsOfMailsAbout("for borgerforslaget " + later.getTitle())).isEmpty();
    assertThat(mother.mailsTo("formand.fensmark@samspil.test", due.getTitle()).get(0))
        .contains("/forslag/" + due.getId() + "/behandling");
  }

  @Test
  void remindsTheContactPersonWhereTheAreaHasNoCouncil() {
    Proposal due = mother.atCouncil(unique("Uden råd"), "naestved-midtby", uniqueEmail("p"));
    mother.setCouncilDeadline(due, LocalDate.now().plusDays(2));

    deadlines.sendReminders(7);

    assertThat(mother.recipientsOfMailsAbout("for borgerforslaget " + due.getTitle()))
        .containsExactly("jonas.andersen@kommune.example");
  }

  @Test
  void tellsTheProposerWhenTheDeadlinePassedWhoAsksTheContactPersonByTheLink() throws Exception {
    String proposer = uniqueEmail("frist");
    Proposal proposal = mother.atCouncil(unique("Overskredet"), "fensmark", proposer);
    mother.setCouncilDeadline(proposal, LocalDate.now().minusDays(1));

    deadlines.sendReminders(7);
    deadlines.tellDeadlinesPassed();
    deadlines.tellDeadlinesPassed();

    assertThat(mother.proposal(proposal.getId()).getSteps())
        .extracting(step -> step.getKind())
        .containsOnlyOnce(StepKind.FRIST_OVERSKREDET);
    assertThat(mother.recipientsOfMailsAbout("for borgerforslaget " + proposal.getTitle()))
        .as("no reminder once the deadline passed")
        .isEmpty();
    MimeMessage mail =
        TestMailServer.awaitMessageTo(
            greenMail, proposer, "Fristen for dit forslag er overskredet");
    assertThat(TestMailServer.text(mail)).contains("Fensmark Lokalråd skulle have taget stilling");
    String link = TestMailServer.link(mail, "/forslag/kontaktperson?token=");
    String token =
        UriComponentsBuilder.fromUri(URI.create(link)).build().getQueryParams().getFirst("token");

    mvc.perform(get("/forslag/kontaktperson").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bed kontaktpersonen sende det videre")));
    mvc.perform(post("/forslag/kontaktperson").param("token", token).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(confirms("proposal.council.contact.asked"));

    Proposal asked = mother.proposal(proposal.getId());
    assertThat(asked.contactPersonAsked()).isTrue();
    assertThat(asked.getSteps().get(asked.getSteps().size() - 1).getKind())
        .isEqualTo(StepKind.KONTAKTPERSON_BEDT);
    // once only: the same link again says so
    mvc.perform(post("/forslag/kontaktperson").param("token", token).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("allerede bedt kontaktpersonen")));
    mvc.perform(get("/forslag/kontaktperson").param("token", "ukendt"))
        .andExpect(status().isNotFound());
  }
}
