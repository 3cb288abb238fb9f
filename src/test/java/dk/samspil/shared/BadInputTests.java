package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input never gives a 500. */
@SamspilTest
class BadInputTests {

  @Autowired MockMvc mvc;

  @Test
  void stripsNulAndOtherControlCharactersFromEveryParameterButKeepsTheText() throws Exception {
    var request = new MockHttpServletRequest("POST", "/x");
    request.addParameter("tekst", "Hej\u0000 med\u0007 dig\nNy linje\tfane\r\n");
    request.addParameter("flere", "a\u0000", "b\u001b");
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

    new ControlCharacterFilter()
        .doFilter(
            request,
            new MockHttpServletResponse(),
            new MockFilterChain() {
              @Override
              public void doFilter(
                  jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set((HttpServletRequest) req);
              }
            });

    assertThat(seen.get().getParameter("tekst")).isEqualTo("Hej med dig\nNy linje\tfane\r\n");
    assertThat(seen.get().getParameterValues("flere")).containsExactly("a", "b");
    assertThat(seen.get().getParameterMap().get("tekst")[0]).doesNotContain("\u0000");
  }

  @Test
  void ignoresAnUnknownMessageParameter() throws Exception {
    mvc.perform(get("/login").param("besked", "doesnotexist")).andExpect(status().isOk());
    mvc.perform(get("/").param("besked", "doesnotexist\u0000")).andExpect(status().isOk());
  }

  @Test
  void answersASearchWithANulByteWithoutAnError() throws Exception {
    mvc.perform(get("/inddragelser").param("q", "vej\u0000")).andExpect(status().isOk());
  }
}
