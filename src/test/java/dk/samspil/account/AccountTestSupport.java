package dk.samspil.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Small helpers for the account tests. */
public final class AccountTestSupport {

  private AccountTestSupport() {}

  /**
   * Signs in through the real form, from a client address of its own, so that the failures of one
   * test never lock another out (sign-in is throttled per client address).
   */
  public static MvcResult login(MockMvc mvc, String email, String password) throws Exception {
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

  /**
   * The page a redirect leads to, fetched as a browser would: with the session cookie the redirect
   * set, so that a confirmation written into the session before the redirect shows (or fails to).
   */
  public static String pageAfterRedirect(MockMvc mvc, MvcResult redirect) throws Exception {
    Cookie session = redirect.getResponse().getCookie("SESSION");
    assertThat(session).as("the redirect's session cookie").isNotNull();
    assertThat(session.getMaxAge()).as("a session that is not ended").isNotZero();
    return mvc.perform(get(redirect.getResponse().getRedirectedUrl()).cookie(session))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The token in a link from a mail. */
  public static String token(String link) {
    String query = URI.create(link).getRawQuery();
    return query.substring(query.indexOf("token=") + "token=".length());
  }

  /** A page without its CSRF tokens, which differ from request to request. */
  public static String withoutCsrf(String html) {
    return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
  }
}
