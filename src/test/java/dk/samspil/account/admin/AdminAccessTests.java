package dk.samspil.account.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestPrincipals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only administrators reach the administration; the rest is covered by the authorisation matrix.
 */
@SamspilTest
class AdminAccessTests {

  static final List<String> PAGES =
      List.of(
          "/admin/omraader",
          "/admin/omraader/ny",
          "/admin/omraader/fensmark",
          "/admin/omraader/fensmark/sogne",
          "/admin/omraader/import",
          "/admin/lokalraad",
          "/admin/lokalraad/ny",
          "/admin/lokalraad/fensmark",
          "/admin/temaer",
          "/admin/temaer/ny",
          "/admin/centre",
          "/admin/centre/ny",
          "/admin/udvalg",
          "/admin/udvalg/ny",
          "/admin/kontaktpersoner",
          "/admin/kontaktpersoner/ny",
          "/admin/konti",
          "/admin/konti/inviter");

  @Autowired MockMvc mvc;
  @Autowired AccountManagement accounts;

  @Test
  void sendsAnonymousVisitorsToTheSignIn() throws Exception {
    for (String page : PAGES) {
      mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
    }
  }

  @Test
  void forbidsEveryoneButAdministrators() throws Exception {
    for (String email :
        List.of(
            "borger@samspil.test", "medarbejder@samspil.test", "formand.fensmark@samspil.test")) {
      var who = TestPrincipals.as(accounts.accountByEmail(email).orElseThrow());
      for (String page : PAGES) {
        mvc.perform(get(page).with(who)).andExpect(status().isForbidden());
      }
      mvc.perform(
              post("/admin/lokalraad/fensmark/status")
                  .param("status", "NEDLAGT")
                  .param("bekraeft", "ja")
                  .with(csrf())
                  .with(who))
          .andExpect(status().isForbidden());
      mvc.perform(post("/admin/konti/1/deaktiver").with(csrf()).with(who))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void letsAdministratorsIn() throws Exception {
    var admin = TestPrincipals.as(accounts.accountByEmail("admin@samspil.test").orElseThrow());
    for (String page : PAGES) {
      mvc.perform(get(page).with(admin)).andExpect(status().isOk());
    }
  }
}
