package dk.samspil.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.account.AccountManagement;
import dk.samspil.account.TestPrincipals;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the administration's MVC tests share: the demo administrator, pages, the audit log. */
public final class AdminTestSupport {

  private AdminTestSupport() {}

  public static RequestPostProcessor admin(AccountManagement accounts) {
    return TestPrincipals.as(accounts.accountByEmail("admin@samspil.test").orElseThrow());
  }

  public static String page(
      MockMvc mvc,
      RequestPostProcessor who,
      MockHttpServletRequestBuilder request,
      ResultMatcher expected)
      throws Exception {
    return mvc.perform(request.with(who))
        .andExpect(expected)
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  public static String page(
      MockMvc mvc, RequestPostProcessor who, MockHttpServletRequestBuilder request)
      throws Exception {
    return page(mvc, who, request, status().isOk());
  }

  /**
   * The page a POST redirected to, fetched in the same session, so that the confirmation kept for
   * it (a flash attribute in the JDBC session) is shown.
   */
  public static String followRedirect(MockMvc mvc, RequestPostProcessor who, MvcResult result)
      throws Exception {
    MockHttpServletRequestBuilder next = get(result.getResponse().getRedirectedUrl());
    for (Cookie cookie : result.getResponse().getCookies()) {
      next.cookie(cookie);
    }
    return page(mvc, who, next);
  }

  public static long audit(JdbcClient jdbc, String action, String type, Object id) {
    return jdbc.sql(
            "select count(*) from audit_entry where action = ? and entity_type = ? and entity_id = ?")
        .params(action, type, String.valueOf(id))
        .query(Long.class)
        .single();
  }
}
