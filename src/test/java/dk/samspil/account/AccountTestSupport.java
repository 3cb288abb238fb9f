package dk.samspil.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Small helpers for the account tests. */
final class AccountTestSupport {

  private AccountTestSupport() {}

  /**
   * Signs in through the real form, from a client address of its own, so that the failures of one
   * test never lock another out (sign-in is throttled per client address).
   */
  static MvcResult login(MockMvc mvc, String email, String password) throws Exception {
    String address =
        "10."
            + ThreadLocalRandom.current().nextInt(1, 255)
            + "."
            + ThreadLocalRandom.current().nextInt(1, 255)
            + "."
            + ThreadLocalRandom.current().nextInt(1, 255);
    return mvc.perform(
            post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(address);
                      return request;
                    }))
        .andReturn();
  }

  /** The token in a link from a mail. */
  static String token(String link) {
    String query = URI.create(link).getRawQuery();
    return query.substring(query.indexOf("token=") + "token=".length());
  }

  /** A page without its CSRF tokens, which differ from request to request. */
  static String withoutCsrf(String html) {
    return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
  }
}
