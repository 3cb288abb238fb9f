package dk.samspil.council.web;

import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountDeleted;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.account.TestSignIn;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMember;
import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilPosition;
import dk.samspil.shared.AdminTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A council's members: who may see and change them, invitations by e-mail, the right to answer, and
 * the members' own consent to show their names. Every test leaves Fensmark's board as it was.
 */
@SamspilTest
class CouncilMembersPagesTests {

  static final String CHAIR = "formand.fensmark@samspil.test";
  static final String MEMBER = "medlem.fensmark@samspil.test";
  static final String OTHER_CHAIR = "formand.tappernoeje@samspil.test";
  static final String CITIZEN = "borger@samspil.test";

  @Autowired MockMvc mvc;
  @Autowired TestSignIn signIn;
  @Autowired CouncilManagement councils;
  @Autowired CouncilMembership membership;
  @Autowired AccountManagement accounts;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;

  /** The page the last invitation redirected to, with its confirmation. */
  String afterInvite;

  String html(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  CouncilMemberListing seat(String slug, String email) {
    return membership.memberListings(councils.council(slug).getId()).stream()
        .filter(member -> email.equals(member.email()))
        .findFirst()
        .orElseThrow();
  }

  String invite(String email, CouncilPosition position) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/lokalraad/fensmark/medlemmer")
                    .with(signIn.as(CHAIR))
                    .with(csrf())
                    .param("email", email)
                    .param("navn", "Ny Person")
                    .param("position", position.name()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/lokalraad/fensmark/medlemmer"))
            .andExpect(confirms("selfservice.confirm.invited"))
            .andReturn();
    afterInvite = AdminTestSupport.followRedirect(mvc, signIn.as(CHAIR), result);
    return "/lokalraad/fensmark/medlemmer/" + seat("fensmark", email).memberId();
  }

  void remove(String memberPath) throws Exception {
    mvc.perform(post(memberPath + "/fjern").with(signIn.as(CHAIR)).with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void chairSeesMembersWithAddressesAndTheInviteForm() throws Exception {
    String page = html(get("/lokalraad/fensmark/medlemmer").with(signIn.as(CHAIR)), 200);

    assertThat(page)
        .contains("Frederik Holm")
        .contains("Maria Lund")
        .contains(CHAIR)
        .contains(MEMBER)
        .contains("Send invitation")
        .contains("href=\"/lokalraad/fensmark/medlemmer/" + seat("fensmark", MEMBER).memberId());
  }

  @Test
  void otherMembersReadTheListWithoutAddressesAndCannotChangeIt() throws Exception {
    String page = html(get("/lokalraad/fensmark/medlemmer").with(signIn.as(MEMBER)), 200);
    assertThat(page)
        .contains("Frederik Holm")
        .doesNotContain(CHAIR)
        .doesNotContain("Send invitation")
        .doesNotContain("/medlemmer/" + seat("fensmark", CHAIR).memberId());

    String chairPath = "/lokalraad/fensmark/medlemmer/" + seat("fensmark", CHAIR).memberId();
    mvc.perform(get(chairPath).with(signIn.as(MEMBER))).andExpect(status().isForbidden());
    mvc.perform(post(chairPath).with(signIn.as(MEMBER)).with(csrf()).param("position", "MEDLEM"))
        .andExpect(status().isForbidden());
    mvc.perform(post(chairPath + "/fjern").with(signIn.as(MEMBER)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/lokalraad/fensmark/medlemmer")
                .with(signIn.as(MEMBER))
                .with(csrf())
                .param("email", "snyd-" + UUID.randomUUID() + "@samspil.test")
                .param("position", "MEDLEM"))
        .andExpect(status().isForbidden());
    assertThat(seat("fensmark", CHAIR).mayAnswer()).isTrue();
  }

  @Test
  void membersOfAnotherCouncilAndCitizensSeeNothing() throws Exception {
    for (String email : new String[] {OTHER_CHAIR, CITIZEN}) {
      mvc.perform(get("/lokalraad/fensmark/medlemmer").with(signIn.as(email)))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/lokalraad/fensmark/medlemmer")
                  .with(signIn.as(email))
                  .with(csrf())
                  .param("email", "snyd-" + UUID.randomUUID() + "@samspil.test")
                  .param("position", "MEDLEM"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/lokalraad/fensmark/medlemmer"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    // a chair cannot reach another council's member through their own council's address
    long otherSeat = seat("tappernoeje", OTHER_CHAIR).memberId();
    mvc.perform(get("/lokalraad/fensmark/medlemmer/" + otherSeat).with(signIn.as(CHAIR)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/lokalraad/fensmark/medlemmer/" + otherSeat + "/fjern")
                .with(signIn.as(CHAIR))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void invitingCreatesTheSeatAtOnceAndMailsTheLink() throws Exception {
    String email = "ny-" + UUID.randomUUID() + "@samspil.test";

    String memberPath = invite(email, CouncilPosition.SEKRETAER);
    try {
      CouncilMemberListing invited = seat("fensmark", email);
      assertThat(invited.invited()).isTrue();
      assertThat(invited.position()).isEqualTo(CouncilPosition.SEKRETAER);
      assertThat(invited.mayAnswer()).isFalse();
      assertThat(accounts.accountByEmail(email).orElseThrow().getStatus())
          .isEqualTo(AccountStatus.INVITED);

      var mail =
          jdbc.sql("select subject, body from outbox_mail where recipient = ?")
              .param(email)
              .query((rs, row) -> rs.getString("subject") + "\n" + rs.getString("body"))
              .list();
      assertThat(mail).hasSize(1);
      assertThat(mail.get(0)).contains("Fensmark").contains("/invitation?token=");

      assertThat(afterInvite)
          .contains("Invitationen er sendt")
          .contains(email)
          .contains("inviteret");
      assertThat(
              jdbc.sql(
                      "select count(*) from audit_entry where entity_type = 'council-member'"
                          + " and action = 'created' and entity_id = ?")
                  .param(String.valueOf(invited.memberId()))
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      // invited people are not on the public board until they accept
      assertThat(html(get("/lokalraad/fensmark"), 200)).doesNotContain("<li>Sekretær");
    } finally {
      remove(memberPath);
    }
    assertThat(membership.memberListings(councils.council("fensmark").getId()))
        .noneMatch(member -> email.equals(member.email()));
  }

  @Test
  void inviteFormKeepsInputAndRefusesBadAddressesAndExistingMembers() throws Exception {
    String page =
        html(
            post("/lokalraad/fensmark/medlemmer")
                .with(signIn.as(CHAIR))
                .with(csrf())
                .param("email", "ikke en adresse")
                .param("navn", "Bevaret Navn")
                .param("position", "KASSERER"),
            422);
    assertThat(page)
        .contains("href=\"#email\"")
        .contains("id=\"email-error\"")
        .contains("value=\"ikke en adresse\"")
        .contains("value=\"Bevaret Navn\"")
        .contains("<option value=\"KASSERER\" selected>");

    long mailsBefore = mailsTo(MEMBER);
    assertThat(
            html(
                post("/lokalraad/fensmark/medlemmer")
                    .with(signIn.as(CHAIR))
                    .with(csrf())
                    .param("email", MEMBER.toUpperCase())
                    .param("position", "MEDLEM"),
                422))
        .contains("Personen er allerede medlem af lokalrådet.");
    assertThat(mailsTo(MEMBER)).as("no mail to an existing member").isEqualTo(mailsBefore);
  }

  long mailsTo(String recipient) {
    return jdbc.sql("select count(*) from outbox_mail where lower(recipient) = ?")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  @Test
  void theLastMemberWhoMayAnswerCannotBeDemotedOrRemoved() throws Exception {
    CouncilMemberListing chair = seat("fensmark", CHAIR);
    String chairPath = "/lokalraad/fensmark/medlemmer/" + chair.memberId();

    assertThat(
            html(
                post(chairPath).with(signIn.as(CHAIR)).with(csrf()).param("position", "FORMAND"),
                422))
        .contains("Lokalrådet skal altid have mindst ét medlem, der må svare på rådets vegne.")
        .contains("id=\"maaSvare-error\"");
    assertThat(html(post(chairPath + "/fjern").with(signIn.as(CHAIR)).with(csrf()), 422))
        .contains("Lokalrådet skal altid have mindst ét medlem, der må svare på rådets vegne.");

    CouncilMemberListing after = seat("fensmark", CHAIR);
    assertThat(after.mayAnswer()).isTrue();
    assertThat(after.position()).isEqualTo(CouncilPosition.FORMAND);
  }

  @Test
  void chairChangesPositionsAndGivesAndTakesTheRightToAnswer() throws Exception {
    String email = "naestformand-" + UUID.randomUUID() + "@samspil.test";
    String memberPath = invite(email, CouncilPosition.MEDLEM);
    try {
      mvc.perform(
              post(memberPath)
                  .with(signIn.as(CHAIR))
                  .with(csrf())
                  .param("position", "NAESTFORMAND")
                  .param("maaSvare", "true"))
          .andExpect(redirectedUrl("/lokalraad/fensmark/medlemmer"))
          .andExpect(confirms("selfservice.confirm.member-saved"));
      assertThat(seat("fensmark", email))
          .extracting(CouncilMemberListing::position, CouncilMemberListing::mayAnswer)
          .containsExactly(CouncilPosition.NAESTFORMAND, true);
      assertThat(html(get(memberPath).with(signIn.as(CHAIR)), 200))
          .contains("<option value=\"NAESTFORMAND\" selected>")
          .contains("id=\"maaSvare\" name=\"maaSvare\" value=\"true\" checked");

      mvc.perform(
              post(memberPath)
                  .with(signIn.as(CHAIR))
                  .with(csrf())
                  .param("position", "NAESTFORMAND"))
          .andExpect(status().is3xxRedirection());
      assertThat(seat("fensmark", email).mayAnswer()).isFalse();

      // whoever becomes chair gets the right to answer
      mvc.perform(post(memberPath).with(signIn.as(CHAIR)).with(csrf()).param("position", "FORMAND"))
          .andExpect(status().is3xxRedirection());
      assertThat(seat("fensmark", email).mayAnswer()).isTrue();

      assertThat(
              jdbc.sql(
                      "select count(*) from audit_entry where entity_type = 'council-member'"
                          + " and action = 'updated' and entity_id = ?")
                  .param(String.valueOf(seat("fensmark", email).memberId()))
                  .query(Long.class)
                  .single())
          .isEqualTo(3);
    } finally {
      remove(memberPath);
    }
    assertThat(seat("fensmark", CHAIR).mayAnswer()).isTrue();
  }

  @Test
  void membersChooseThemselvesWhetherTheirNameIsPublic() throws Exception {
    long memberSeat = seat("fensmark", MEMBER).memberId();
    try {
      mvc.perform(
              post("/mit-lokalraad/navn")
                  .with(signIn.as(MEMBER))
                  .with(csrf())
                  .param("medlem", String.valueOf(memberSeat))
                  .param("navnOffentligt", "true"))
          .andExpect(redirectedUrl("/mit-lokalraad"))
          .andExpect(confirms("selfservice.confirm.consent-saved"));

      assertThat(html(get("/lokalraad/fensmark"), 200))
          .contains("<li>Medlem: Maria Lund</li>")
          .contains("<li>Formand</li>")
          .doesNotContain("Frederik Holm");

      // nobody else can give that consent
      for (String email : new String[] {CHAIR, OTHER_CHAIR}) {
        mvc.perform(
                post("/mit-lokalraad/navn")
                    .with(signIn.as(email))
                    .with(csrf())
                    .param("medlem", String.valueOf(memberSeat))
                    .param("navnOffentligt", "false"))
            .andExpect(status().isForbidden());
      }
    } finally {
      mvc.perform(
              post("/mit-lokalraad/navn")
                  .with(signIn.as(MEMBER))
                  .with(csrf())
                  .param("medlem", String.valueOf(memberSeat)))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(seat("fensmark", MEMBER).namePublic()).isFalse();
    assertThat(html(get("/lokalraad/fensmark"), 200)).doesNotContain("Maria Lund");
  }

  @Test
  void myCouncilsListsSeatsAndHasAnEmptyStateForOthers() throws Exception {
    assertThat(html(get("/mit-lokalraad").with(signIn.as(CHAIR)), 200))
        .contains("Fensmark")
        .contains("Din plads: Formand.")
        .contains("href=\"/mit-lokalraad/fensmark\"")
        .contains("href=\"/lokalraad/fensmark/rediger\"")
        .contains("href=\"/lokalraad/fensmark/medlemmer\"")
        .contains("name=\"navnOffentligt\"");
    assertThat(html(get("/mit-lokalraad").with(signIn.as(MEMBER)), 200))
        .contains("Din plads: Medlem.")
        .doesNotContain("/rediger\"")
        .contains("Se medlemmerne");
    assertThat(html(get("/mit-lokalraad").with(signIn.as(CITIZEN)), 200))
        .contains("Du er ikke medlem af et lokalråd i Samspil.");
    mvc.perform(get("/mit-lokalraad"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void aDeletedAccountLeavesEveryCouncil() {
    String email = "slettes-" + UUID.randomUUID() + "@samspil.test";
    Account account = accounts.ensureActiveAccount(email, "Snart Slettet", "x".repeat(12));
    CouncilMember seat =
        councils.ensureMember(
            councils.council("fensmark").getId(), account.getId(), CouncilPosition.SUPPLEANT);

    transactions.executeWithoutResult(
        status -> events.publishEvent(new AccountDeleted(account.getId())));

    assertThat(membership.seatsOf(account.getId())).isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'council-member'"
                        + " and action = 'removed' and entity_id = ?")
                .param(String.valueOf(seat.getId()))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
