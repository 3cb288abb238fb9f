package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

/** Bad input never gives a 500. */
@SamspilTest
class BadInputTests {

  /** The beginning of the notice, as the page escapes it. */
  static final String REMOVED_NOTICE = "Vi har fjernet usynlige styretegn";

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
              public void doFilter(ServletRequest req, ServletResponse res) {
                seen.set((HttpServletRequest) req);
              }
            });

    assertThat(seen.get().getParameter("tekst")).isEqualTo("Hej med dig\nNy linje\tfane\r\n");
    assertThat(seen.get().getParameterValues("flere")).containsExactly("a", "b");
    assertThat(seen.get().getParameterMap().get("tekst")[0]).doesNotContain("\u0000");
    assertThat(ControlCharacterFilter.removedFrom(seen.get())).isTrue();
  }

  @Test
  void notesNothingWhenNothingWasRemoved() throws Exception {
    mvc.perform(get("/inddragelser").param("q", "vej\nsti\tnu"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(REMOVED_NOTICE))));
  }

  @Test
  void tellsThePersonOnTheFormThatControlCharactersWereRemoved() throws Exception {
    mvc.perform(post("/glemt-adgangskode").with(csrf()).param("email", "ikke en adresse\u0007"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString(REMOVED_NOTICE)))
        .andExpect(content().string(containsString("value=\"ikke en adresse\"")));
  }

  @Test
  void tellsThePersonOnThePageAfterTheRedirectToo() throws Exception {
    MvcResult sent =
        mvc.perform(
                post("/glemt-adgangskode").with(csrf()).param("email", "nogen\u0000@example.dk"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(sent.getFlashMap().get(ControlCharacterFilter.REMOVED)).isEqualTo(true);
    // sessions live in the database, so the test hands the flash map to the next request itself
    mvc.perform(
            get(sent.getResponse().getRedirectedUrl())
                .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, sent.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(REMOVED_NOTICE)));
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
