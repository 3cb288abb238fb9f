package dk.samspil.council.web;

import static dk.samspil.account.AccountTestSupport.login;
import static dk.samspil.account.AccountTestSupport.token;
import static dk.samspil.shared.Confirmations.confirms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.AccountStatus;
import dk.samspil.account.TestAccounts;
import dk.samspil.account.TestSignIn;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilPosition;
import dk.samspil.notification.TestMailServer;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.AdminTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Inviting a council's first chair (or any member) from outside the council: the administrator and
 * the council's contact person may, nobody else; the invitation mail and its acceptance are the
 * chair's own. Glumsø Lokalråd has no members in the demonstration data; every test leaves it so.
 */
@SamspilTest
class OutsideInvitationPagesTests {

  static final String COUNCIL = "glumsoe";
  static final String PATH = "/lokalraad/" + COUNCIL + "/inviter";
  static final String ADMIN = "admin@samspil.test";
  static final String CONTACT_PERSON = "kontaktperson@samspil.test";
  static final String FENSMARK_MEMBER = "medlem.fensmark@samspil.test";
  static final String FENSMARK_CHAIR = "formand.fensmark@samspil.test";
  static final String PASSWORD = "den første formands kodeord";

  @Autowired MockMvc mvc;
  @Autowired TestSignIn signIn;
  @Autowired TestAccounts testAccounts;
  @Autowired AccountManagement accounts;
  @Autowired CouncilManagement councils;
  @Autowired CouncilMembership membership;
  @Autowired OrganisationManagement organisation;
  @Autowired GreenMail greenMail;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void leaveTheCouncilWithoutMembers() {
    // the last member who may answer cannot be removed through the application, by design
    jdbc.sql("delete from council_member where council_id = ?")
        .param(councils.council(COUNCIL).getId())
        .update();
  }

  String html(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  MockHttpServletRequestBuilder invite(String email, String position) {
    return post(PATH)
        .with(csrf())
        .param("email", email)
        .param("navn", "Første Formand")
        .param("position", position);
  }

  @Test
  void administratorInvitesTheFirstChairWhoAcceptsAndLandsOnTheCouncilsHome() throws Exception {
    assertThat(membership.memberListings(councils.council(COUNCIL).getId())).isEmpty();
    String form = html(get(PATH).with(signIn.as(ADMIN)), 200);
    assertThat(form)
        .contains("Invitér medlemmer til " + councils.council(COUNCIL).getName())
        .contains("ingen medlemmer i Samspil endnu")
        .contains("<option value=\"FORMAND\" selected>");

    String email = "første.formand-" + UUID.randomUUID() + "@samspil.test";
    MvcResult invited =
        mvc.perform(invite(email, "FORMAND").with(signIn.as(ADMIN)))
            .andExpect(redirectedUrl(PATH))
            .andExpect(confirms("selfservice.confirm.invited"))
            .andReturn();
    assertThat(AdminTestSupport.followRedirect(mvc, signIn.as(ADMIN), invited))
        .contains("Invitationen er sendt")
        .contains("Første Formand")
        .contains("inviteret");

    CouncilMemberListing chair =
        membership.memberListings(councils.council(COUNCIL).getId()).get(0);
    assertThat(chair.email()).isEqualTo(email);
    assertThat(chair.position()).isEqualTo(CouncilPosition.FORMAND);
    assertThat(chair.mayAnswer()).isTrue();
    assertThat(chair.invited()).isTrue();
    assertThat(audited("council-member", chair.memberId(), "created")).isEqualTo(1);
    assertThat(audited("account", chair.accountId(), "invited")).isEqualTo(1);

    MimeMessage mail = TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret");
    assertThat(mail.getSubject())
        .isEqualTo("Du er inviteret til Samspil: " + councils.council(COUNCIL).getName());
    String token = token(TestMailServer.link(mail, "/invitation?token="));
    mvc.perform(
            post("/invitation")
                .param("token", token)
                .param("name", "Første Formand")
                .param("password", PASSWORD)
                .param("repeat", PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/login"));
    Account account = accounts.accountByEmail(email).orElseThrow();
    assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(login(mvc, email, PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/mit-lokalraad/" + COUNCIL);
    assertThat(membership.memberListings(councils.council(COUNCIL).getId()).get(0).invited())
        .isFalse();
  }

  @Test
  void theCouncilsContactPersonInvitesAndFindsTheWayOnTheCouncilsPage() throws Exception {
    assertThat(html(get("/lokalraad/" + COUNCIL).with(signIn.as(CONTACT_PERSON)), 200))
        .contains("href=\"" + PATH + "\"");
    assertThat(html(get(PATH).with(signIn.as(CONTACT_PERSON)), 200)).contains("Send invitation");

    String email = "medlem-" + UUID.randomUUID() + "@samspil.test";
    mvc.perform(invite(email, "MEDLEM").with(signIn.as(CONTACT_PERSON)))
        .andExpect(redirectedUrl(PATH))
        .andExpect(confirms("selfservice.confirm.invited"));
    CouncilMemberListing member =
        membership.memberListings(councils.council(COUNCIL).getId()).get(0);
    assertThat(member.email()).isEqualTo(email);
    assertThat(member.position()).isEqualTo(CouncilPosition.MEDLEM);
    assertThat(member.mayAnswer()).isFalse();
    TestMailServer.awaitMessageTo(greenMail, email, "Du er inviteret");
  }

  @Test
  void othersAreRefused() throws Exception {
    Account otherContactPerson = testAccounts.create("anden-kontaktperson");
    Long jonas =
        organisation.contactPersonByEmail("jonas.andersen@kommune.example").orElseThrow().getId();
    accounts.setMunicipalRoles(otherContactPerson.getId(), false, null, jonas);

    for (var who :
        new RequestPostProcessor[] {
          testAccounts.signedIn(otherContactPerson),
          signIn.as(FENSMARK_MEMBER),
          signIn.as(FENSMARK_CHAIR)
        }) {
      mvc.perform(get(PATH).with(who)).andExpect(status().isForbidden());
      mvc.perform(invite("nogen-" + UUID.randomUUID() + "@samspil.test", "FORMAND").with(who))
          .andExpect(status().isForbidden());
      assertThat(html(get("/lokalraad/" + COUNCIL).with(who), 200)).doesNotContain(PATH);
    }
    // a council member invites from the council's own members page, not from outside it
    mvc.perform(get("/lokalraad/fensmark/inviter").with(signIn.as(FENSMARK_CHAIR)))
        .andExpect(status().isForbidden());
    mvc.perform(get(PATH)).andExpect(redirectedUrl("/login"));
    assertThat(membership.memberListings(councils.council(COUNCIL).getId())).isEmpty();
  }

  @Test
  void theFormKeepsInputAndSaysInDanishWhatIsWrong() throws Exception {
    String page =
        html(
            post(PATH)
                .with(signIn.as(ADMIN))
                .with(csrf())
                .param("email", "ikke en adresse")
                .param("navn", "Bevaret Navn")
                .param("position", "FORMAND"),
            422);
    assertThat(page)
        .contains("href=\"#email\"")
        .contains("id=\"email-error\"")
        .contains("value=\"ikke en adresse\"")
        .contains("value=\"Bevaret Navn\"")
        .contains("<option value=\"FORMAND\" selected>");
    assertThat(
            html(
                post(PATH)
                    .with(signIn.as(ADMIN))
                    .with(csrf())
                    .param("email", "")
                    .param("position", ""),
                422))
        .contains("Skriv personens e-mailadresse.")
        .contains("Vælg en plads i bestyrelsen.");

    String email = "to-gange-" + UUID.randomUUID() + "@samspil.test";
    mvc.perform(invite(email, "FORMAND").with(signIn.as(ADMIN)))
        .andExpect(status().is3xxRedirection());
    assertThat(html(invite(email.toUpperCase(), "MEDLEM").with(signIn.as(ADMIN)), 422))
        .contains("Personen er allerede medlem af lokalrådet.");
    assertThat(membership.memberListings(councils.council(COUNCIL).getId())).hasSize(1);
  }

  long audited(String type, long id, String action) {
    return jdbc.sql(
            "select count(*) from audit_entry where entity_type = ? and entity_id = ? and action = ?")
        .param(type)
        .param(String.valueOf(id))
        .param(action)
        .query(Long.class)
        .single();
  }
}
