package dk.samspil.account;

import static dk.samspil.account.AccountTestSupport.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.samspil.SamspilTest;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMember;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilPosition;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A change to what an account may do reaches its open sessions at once: a demoted administrator is
 * refused the administration on the next request (still signed in), a removed council seat closes
 * the council's page, and a deactivated account is signed out.
 */
@SamspilTest
class SessionRefreshTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts testAccounts;
  @Autowired AccountManagement accounts;
  @Autowired AccountAdminManagement admin;
  @Autowired CouncilManagement councils;
  @Autowired CouncilMembership membership;

  Cookie signIn(Account account) throws Exception {
    Cookie session =
        login(mvc, account.getEmail(), TestAccounts.PASSWORD).getResponse().getCookie("SESSION");
    assertThat(session).isNotNull();
    return session;
  }

  int status(String path, Cookie session) throws Exception {
    return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
  }

  String whoAmI(Cookie session) throws Exception {
    return mvc.perform(get("/test/hvem").cookie(session))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aDemotedAdministratorIsRefusedTheAdministrationOnTheNextRequest() throws Exception {
    Account administrator = testAccounts.createAdministrator("degraderet");
    Cookie session = signIn(administrator);
    assertThat(status("/admin", session)).isEqualTo(200);

    accounts.setMunicipalRoles(administrator.getId(), false, null, null);

    assertThat(status("/admin", session)).isEqualTo(403);
    assertThat(whoAmI(session)).startsWith("SignedInAccount|" + administrator.getId());
    assertThat(whoAmI(session)).doesNotContain("ROLE_ADMINISTRATOR");

    // an added role is there without signing in again
    accounts.setMunicipalRoles(administrator.getId(), true, null, null);
    assertThat(status("/admin", session)).isEqualTo(200);
  }

  @Test
  void aRemovedCouncilSeatClosesTheCouncilPage() throws Exception {
    Account member = testAccounts.create("udtraadt");
    Council council = councils.council("fensmark");
    CouncilMember seat =
        councils.ensureMember(council.getId(), member.getId(), CouncilPosition.MEDLEM);
    Cookie session = signIn(member);
    assertThat(status("/mit-lokalraad/fensmark", session)).isEqualTo(200);
    assertThat(whoAmI(session)).contains("ROLE_RAADSMEDLEM");

    membership.removeMember("fensmark", seat.getId());

    assertThat(status("/mit-lokalraad/fensmark", session)).isEqualTo(403);
    assertThat(whoAmI(session)).doesNotContain("ROLE_RAADSMEDLEM");
  }

  @Test
  void aDeactivatedAccountIsSignedOut() throws Exception {
    Account person = testAccounts.create("slukket");
    Account acting = testAccounts.createAdministrator("slukker");
    Cookie session = signIn(person);
    assertThat(whoAmI(session)).startsWith("SignedInAccount");

    admin.deactivate(person.getId(), acting.getId());

    assertThat(whoAmI(session)).isEqualTo("anonymous");
  }
}
