package dk.samspil.involvement.web;

import static dk.samspil.involvement.InvolvementFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.involvement.AnswerManagement;
import dk.samspil.involvement.FeedbackManagement;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.InvolvementFixtures;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessType;
import dk.samspil.shared.Act;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SamspilTest
class ProcessApiTests {

  static final String CHAIR = "formand.fensmark@samspil.test";

  @Autowired MockMvc mvc;
  @Autowired InvolvementFixtures fixtures;
  @Autowired ProcessManagement processes;
  @Autowired FeedbackManagement feedback;
  @Autowired AnswerManagement answers;
  @Autowired EntityManagerFactory entityManagerFactory;

  @Test
  void servesAProcessWithItsCouncilsAnswersFeedbackAndOutcome() throws Exception {
    String title = uniqueTitle("API-proces");
    String secret = "LUKKET-" + UUID.randomUUID();
    Long id = fixtures.openProcess(title, "fensmark", "tappernoeje", "glumsoe", "fladsaa");
    fixtures.contribute(id, "fensmark", "Et offentligt bidrag", true, CHAIR);
    Long file =
        answers
            .attach(
                fixtures.invitation(id, "glumsoe").getId(),
                "navne.pdf",
                "%PDF-1.4 navne".getBytes(StandardCharsets.UTF_8),
                Act.by(null))
            .getId();
    fixtures.contribute(id, "glumsoe", secret, false, null);
    fixtures.decline(id, "tappernoeje", "Ingen tid", "formand.tappernoeje@samspil.test");
    fixtures.passDeadline(id);
    processes.closeForContributions(id);
    feedback.giveFeedback(
        fixtures.invitation(id, "fensmark").getId(),
        FeedbackVerdict.ANVENDT,
        "Brugt i planen",
        Act.by(fixtures.accountId("medarbejder@samspil.test")));
    feedback.giveFeedback(
        fixtures.invitation(id, "glumsoe").getId(),
        FeedbackVerdict.IKKE_ANVENDT,
        "Ikke brugt: " + secret,
        Act.by(fixtures.accountId("medarbejder@samspil.test")));
    processes.recordOutcome(id, "Vedtaget", LocalDate.of(2026, 11, 1), null, null, Act.by(null));

    String body =
        mvc.perform(get("/api/v1/processes/" + id))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.id").value(id))
            .andExpect(jsonPath("$.title").value(title))
            .andExpect(jsonPath("$.type").value("handleplan"))
            .andExpect(jsonPath("$.status").value("decided"))
            .andExpect(jsonPath("$.areas", hasItem("fensmark")))
            .andExpect(jsonPath("$.areas", hasItem("tappernoeje")))
            .andExpect(jsonPath("$.themes", hasSize(0)))
            .andExpect(jsonPath("$.deadline").isNotEmpty())
            .andExpect(jsonPath("$.url").value("/inddragelser/" + id))
            .andExpect(jsonPath("$.councils", hasSize(4)))
            .andExpect(
                jsonPath("$.councils[?(@.slug == 'fensmark')].answer", hasItem("contributed")))
            .andExpect(jsonPath("$.councils[?(@.slug == 'fensmark')].feedback", hasItem("used")))
            .andExpect(
                jsonPath(
                    "$.councils[?(@.slug == 'fensmark')].contribution.text",
                    hasItem("Et offentligt bidrag")))
            .andExpect(
                jsonPath(
                    "$.councils[?(@.slug == 'fensmark')].contribution.feedbackText",
                    hasItem("Brugt i planen")))
            .andExpect(
                jsonPath("$.councils[?(@.slug == 'glumsoe')].answer", hasItem("contributed")))
            .andExpect(jsonPath("$.councils[?(@.slug == 'glumsoe')].feedback", hasItem("not_used")))
            .andExpect(
                jsonPath("$.councils[?(@.slug == 'tappernoeje')].answer", hasItem("declined")))
            .andExpect(jsonPath("$.councils[?(@.slug == 'fladsaa')].answer", hasItem("no_answer")))
            .andExpect(jsonPath("$.outcome.text").value("Vedtaget"))
            .andExpect(jsonPath("$.outcome.date").value("2026-11-01"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(body)
        .as("what the public may not read is not in the API")
        .doesNotContain(secret, "Ingen tid", "navne.pdf", "/bilag/" + file);
  }

  @Test
  void listsPublishedProcessesPageByPageWithoutTheirTexts() throws Exception {
    String title = uniqueTitle("API-liste");
    Long id = fixtures.openProcess(title, "fensmark");
    fixtures.contribute(id, "fensmark", "Tekst kun i detaljen", true, CHAIR);
    InvolvementProcess draft = fixtures.draft(uniqueTitle("API-kladde"), ProcessType.ANDET);

    String body =
        mvc.perform(get("/api/v1/processes").param("size", "100"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(100))
            .andExpect(jsonPath("$.total").isNumber())
            .andExpect(jsonPath("$.totalPages").isNumber())
            .andExpect(jsonPath("$.items[*].status", everyItem(org.hamcrest.Matchers.not("draft"))))
            .andExpect(jsonPath("$.items[?(@.id == " + id + ")].title", hasItem(title)))
            .andExpect(
                jsonPath(
                    "$.items[?(@.id == " + id + ")].councils[0].answer", hasItem("contributed")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).doesNotContain("Tekst kun i detaljen", draft.getTitle());

    int total =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(get("/api/v1/processes").param("size", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.total");
    assertThat(total).isGreaterThanOrEqualTo(2);
    mvc.perform(get("/api/v1/processes").param("size", "1").param("page", "1"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.totalPages").value(total));
    mvc.perform(get("/api/v1/processes").param("size", "2").param("page", "99999"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(0)));
    mvc.perform(get("/api/v1/processes"))
        .andExpect(jsonPath("$.size").value(20))
        .andExpect(jsonPath("$.items.length()", lessThanOrEqualTo(20)));
  }

  @Test
  void filtersTheListLikeThePublicPage() throws Exception {
    String title = uniqueTitle("API-filter");
    InvolvementProcess process =
        fixtures.draft(
            title, ProcessType.HOERING, Set.of(fixtures.areaId("karrebaeksminde")), Set.of());
    fixtures.publish(process.getId(), "karrebaeksminde");

    mvc.perform(get("/api/v1/processes").param("area", "karrebaeksminde").param("type", "hoering"))
        .andExpect(jsonPath("$.items[*].title", hasItem(title)));
    mvc.perform(get("/api/v1/processes").param("area", "glumsoe").param("type", "hoering"))
        .andExpect(jsonPath("$.items[?(@.id == " + process.getId() + ")]", hasSize(0)));
  }

  @Test
  void readsTwoProcessesWithAsManyQueriesAsTen() throws Exception {
    for (int i = 0; i < 12; i++) {
      InvolvementProcess process =
          fixtures.draft(
              uniqueTitle("Forespørgsler"),
              i < 2 ? ProcessType.ANDET : ProcessType.INDSATS,
              Set.of(fixtures.areaId("sydvest")),
              Set.of());
      fixtures.publish(process.getId(), "fensmark", "glumsoe", "fladsaa");
    }
    String api = "/api/v1/processes?area=sydvest&type=";
    String page = "/inddragelser?omraade=sydvest&type=";

    mvc.perform(get(api + "indsats")).andExpect(jsonPath("$.items", hasSize(10)));
    assertThat(statements(api + "indsats")).isEqualTo(statements(api + "andet"));
    assertThat(statements(page + "indsats")).isEqualTo(statements(page + "andet"));
    assertThat(statements(page + "indsats")).as("queries for the list page").isLessThan(15);
  }

  /** The statements one request issues; the fewest of two tries, in case a job ran meanwhile. */
  long statements(String path) throws Exception {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      statistics.clear();
      mvc.perform(get(path)).andExpect(status().isOk());
      fewest = Math.min(fewest, statistics.getPrepareStatementCount());
    }
    return fewest;
  }

  @Test
  void refusesPageSizesOutsideOneToAHundred() throws Exception {
    for (String size : List.of("0", "101")) {
      mvc.perform(get("/api/v1/processes").param("size", size))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
          .andExpect(jsonPath("$.message", containsString("mellem 1 og 100")));
    }
    mvc.perform(get("/api/v1/processes").param("page", "-1")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/processes").param("size", "mange"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400));
  }

  @Test
  void answersDraftsAndUnknownProcessesWithJson404() throws Exception {
    InvolvementProcess draft = fixtures.draft(uniqueTitle("Hemmelig kladde"), ProcessType.ANDET);
    for (String path :
        List.of("/api/v1/processes/" + draft.getId(), "/api/v1/processes/999999999")) {
      mvc.perform(get(path))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
          .andExpect(jsonPath("$.status").value(404))
          .andExpect(jsonPath("$.message", containsString("Der er ingen inddragelse")));
    }
    mvc.perform(get("/api/v1/processes/abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
  }
}
