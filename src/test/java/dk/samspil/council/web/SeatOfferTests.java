package dk.samspil.council.web;

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
import dk.samspil.account.AccountAdminManagement;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestAccounts;
import dk.samspil.account.TestSignIn;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilPosition;
import dk.samspil.council.CouncilSeat;
import dk.samspil.notification.TestMailServer;
import dk.samspil.shared.AdminTestSupport;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Inviting an address that already has an account (ADR 14): the person is offered the seat by mail
 * and joins only by accepting it, signed in; the inviter learns nothing about them. Glumsø Lokalråd
 * has no members in the demonstration data; every test leaves it so.
 */
@SamspilTest
class SeatOfferTests {

  static final String COUNCIL = "glumsoe";
  static final String ADMIN = "admin@samspil.test";
  static final String MEMBER = "medlem.fensmark@samspil.test";
  static final String MEMBER_NAME = "Maria Lund";
  static final String CHAIR = "formand.fensmark@samspil.test";
  static final String SUBJECT = "Du er inviteret til ";

  @Autowired MockMvc mvc;
  @Autowired TestSignIn signIn;
  @Autowired TestAccounts testAccounts;
  @Autowired AccountManagement accounts;
  @Autowired AccountAdminManagement admin;
  @Autowired CouncilManagement councils;
  @Autowired CouncilMembership membership;
  @Autowired GreenMail greenMail;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void leaveTheCouncilWithoutMembers() {
    jdbc.sql("delete from council_member where council_id = ?")
        .param(councils.council(COUNCIL).getId())
        .update();
  }

  MockHttpServletRequestBuilder invite(String path, String email, String position) {
    return post(path)
        .with(csrf())
        .param("email", email)
        .param("navn", "Et Andet Navn")
        .param("position", position);
  }

  /** The seat offer mails to the address, oldest first. */
  static List<MimeMessage> offerMails(GreenMail greenMail, String email) {
    return TestMailServer.messagesTo(greenMail, email).stream()
        .filter(SeatOfferTests::isOfferMail)
        .toList();
  }

  static boolean isOfferMail(MimeMessage mail) {
    return subject(mail).startsWith(SUBJECT) && subject(mail).endsWith(" i Samspil");
  }

  /** The newest seat offer mail, once more than {@code before} of them have arrived. */
  MimeMessage awaitOfferMail(String email, int before) {
    List<MimeMessage> found =
        TestMailServer.awaitMessagesTo(greenMail, email, SeatOfferTests::isOfferMail, before + 1);
    return found.get(found.size() - 1);
  }

  String offerToken(String email, int before) {
    return token(
        TestMailServer.link(awaitOfferMail(email, before), "/lokalraad-invitation?token="));
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  String html(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
    return mvc.perform(request.with(who))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  Optional<CouncilSeat> seat(String slug, String email) {
    return membership.seatOn(slug, accounts.accountByEmail(email).orElseThrow().getId());
  }

  @Test
  void anExistingMemberIsOfferedTheSeatAndJoinsOnlyByAcceptingIt() throws Exception {
    String path = "/lokalraad/" + COUNCIL + "/inviter";
    int before = offerMails(greenMail, MEMBER).size();
    MvcResult invited =
        mvc.perform(invite(path, MEMBER, "NAESTFORMAND").with(signIn.as(ADMIN)))
            .andExpect(redirectedUrl(path))
            .andExpect(confirms("selfservice.confirm.invited"))
            .andReturn();
    String confirmation = AdminTestSupport.followRedirect(mvc, signIn.as(ADMIN), invited);
    assertThat(confirmation)
        .contains("Invitationen er sendt til " + MEMBER + ".")
        .doesNotContain(MEMBER_NAME)
        .doesNotContain("Et Andet Navn");
    assertThat(seat(COUNCIL, MEMBER)).as("no seat before they accept").isEmpty();
    assertThat(membership.memberListings(councils.council(COUNCIL).getId())).isEmpty();

    MimeMessage mail = awaitOfferMail(MEMBER, before);
    String council = councils.council(COUNCIL).getName();
    assertThat(mail.getSubject()).isEqualTo("Du er inviteret til " + council + " i Samspil");
    assertThat(TestMailServer.text(mail)).contains("som Næstformand");
    String token = token(TestMailServer.link(mail, "/lokalraad-invitation?token="));

    String offer = html(get("/lokalraad-invitation").param("token", token), signIn.as(MEMBER));
    assertThat(offer).contains(council).contains("Næstformand").contains("Tak ja");
    assertThat(seat(COUNCIL, MEMBER)).as("looking is not accepting").isEmpty();

    mvc.perform(
            post("/lokalraad-invitation")
                .param("token", token)
                .param("svar", "ja")
                .with(csrf())
                .with(signIn.as(MEMBER)))
        .andExpect(redirectedUrl("/mit-lokalraad/" + COUNCIL))
        .andExpect(confirms("seat-offer.confirm.accepted"));
    assertThat(seat(COUNCIL, MEMBER).orElseThrow().member().getPosition())
        .isEqualTo(CouncilPosition.NAESTFORMAND);

    assertThat(
            html(
                post("/lokalraad-invitation")
                    .param("token", token)
                    .param("svar", "nej")
                    .with(csrf()),
                signIn.as(MEMBER)))
        .contains("Linket er allerede brugt");
    assertThat(seat(COUNCIL, MEMBER)).as("a used link changes nothing").isPresent();
    assertThat(html(get("/lokalraad-invitation").param("token", token), signIn.as(MEMBER)))
        .contains("Linket er allerede brugt")
        .doesNotContain("Tak ja");
  }

  @Test
  void declningCreatesNoSeatAndTheChairLearnsNothingAboutThePerson() throws Exception {
    Account person = testAccounts.create("takker-nej");
    String path = "/lokalraad/fensmark/medlemmer";
    MvcResult invited =
        mvc.perform(invite(path, person.getEmail(), "MEDLEM").with(signIn.as(CHAIR)))
            .andExpect(redirectedUrl(path))
            .andReturn();
    assertThat(AdminTestSupport.followRedirect(mvc, signIn.as(CHAIR), invited))
        .contains("Invitationen er sendt til " + person.getEmail() + ".")
        .doesNotContain(person.getName());
    assertThat(seat("fensmark", person.getEmail())).isEmpty();

    String token = offerToken(person.getEmail(), 0);
    mvc.perform(
            post("/lokalraad-invitation")
                .param("token", token)
                .param("svar", "nej")
                .with(csrf())
                .with(testAccounts.signedIn(person)))
        .andExpect(redirectedUrl("/mit-lokalraad"))
        .andExpect(confirms("seat-offer.confirm.declined"));
    assertThat(seat("fensmark", person.getEmail())).isEmpty();
    mvc.perform(
        post("/lokalraad-invitation")
            .param("token", token)
            .param("svar", "ja")
            .with(csrf())
            .with(testAccounts.signedIn(person)));
    assertThat(seat("fensmark", person.getEmail())).as("a declined link stays used").isEmpty();
  }

  @Test
  void theLinkLeadsThroughSignInAndBackAndOnlyItsOwnAccountMayUseIt() throws Exception {
    Account person = testAccounts.create("logger-ind");
    mvc.perform(
            invite("/lokalraad/" + COUNCIL + "/inviter", person.getEmail(), "MEDLEM")
                .with(signIn.as(ADMIN)))
        .andExpect(status().is3xxRedirection());
    String token = offerToken(person.getEmail(), 0);

    MvcResult toLogin =
        mvc.perform(get("/lokalraad-invitation?token=" + token))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(toLogin.getResponse().getRedirectedUrl()).endsWith("/login");
    Cookie session = toLogin.getResponse().getCookie("SESSION");
    MvcResult signedIn =
        mvc.perform(
                post("/login")
                    .param("username", person.getEmail())
                    .param("password", TestAccounts.PASSWORD)
                    .with(csrf())
                    .with(
                        request -> {
                          request.setRemoteAddr("10.9.8.7");
                          return request;
                        })
                    .cookie(session))
            .andReturn();
    assertThat(signedIn.getResponse().getRedirectedUrl())
        .contains("/lokalraad-invitation?token=" + token);

    Account other = testAccounts.create("anden-konto");
    assertThat(
            html(get("/lokalraad-invitation").param("token", token), testAccounts.signedIn(other)))
        .contains("Invitationen er til en anden konto")
        .doesNotContain("Tak ja");
    mvc.perform(
        post("/lokalraad-invitation")
            .param("token", token)
            .param("svar", "ja")
            .with(csrf())
            .with(testAccounts.signedIn(other)));
    assertThat(seat(COUNCIL, other.getEmail())).isEmpty();
    assertThat(seat(COUNCIL, person.getEmail())).isEmpty();
    assertThat(
            html(get("/lokalraad-invitation").param("token", token), testAccounts.signedIn(person)))
        .contains("Tak ja");
  }

  @Test
  void anExpiredOrUnknownLinkSaysSoInDanish() throws Exception {
    Account person = testAccounts.create("udloebet");
    mvc.perform(
            invite("/lokalraad/" + COUNCIL + "/inviter", person.getEmail(), "MEDLEM")
                .with(signIn.as(ADMIN)))
        .andExpect(status().is3xxRedirection());
    String token = offerToken(person.getEmail(), 0);
    jdbc.sql(
            "update council_seat_offer set expires_at = now() - interval '1 minute' where account_id = ?")
        .param(person.getId())
        .update();

    assertThat(
            html(get("/lokalraad-invitation").param("token", token), testAccounts.signedIn(person)))
        .contains("Linket er udløbet")
        .doesNotContain("Tak ja");
    mvc.perform(
        post("/lokalraad-invitation")
            .param("token", token)
            .param("svar", "ja")
            .with(csrf())
            .with(testAccounts.signedIn(person)));
    assertThat(seat(COUNCIL, person.getEmail())).isEmpty();
    assertThat(
            html(
                get("/lokalraad-invitation").param("token", "ikke-et-link"),
                testAccounts.signedIn(person)))
        .contains("Linket virker ikke");
  }

  @Test
  void aClosedAccountGetsNothingAndTheInviterIsToldTheSame() throws Exception {
    Account person = testAccounts.create("lukket");
    long adminId = accounts.accountByEmail(ADMIN).orElseThrow().getId();
    admin.deactivate(person.getId(), adminId);
    String path = "/lokalraad/" + COUNCIL + "/inviter";
    MvcResult invited =
        mvc.perform(invite(path, person.getEmail(), "MEDLEM").with(signIn.as(ADMIN)))
            .andExpect(redirectedUrl(path))
            .andExpect(confirms("selfservice.confirm.invited"))
            .andReturn();
    assertThat(AdminTestSupport.followRedirect(mvc, signIn.as(ADMIN), invited))
        .contains("Invitationen er sendt til " + person.getEmail() + ".")
        .doesNotContain("lukket. Kontakt kommunen");
    assertThat(seat(COUNCIL, person.getEmail())).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from council_seat_offer where account_id = ?")
                .param(person.getId())
                .query(Long.class)
                .single())
        .isZero();
  }
}
