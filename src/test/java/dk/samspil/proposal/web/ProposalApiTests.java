package dk.samspil.proposal.web;

import static dk.samspil.proposal.ProposalFixtures.brought;
import static dk.samspil.proposal.ProposalFixtures.uniqueEmail;
import static dk.samspil.proposal.ProposalFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.SamspilTest;
import dk.samspil.proposal.MunicipalAnswer;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalFixtures;
import dk.samspil.proposal.ProposalKind;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open data: the public proposals, paginated and filtered, with the trail and no personal data. */
@SamspilTest
class ProposalApiTests {

  @Autowired MockMvc mvc;
  @Autowired ProposalFixtures fixtures;
  @Autowired EntityManagerFactory entityManagerFactory;

  String body(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  JsonNode json(String path) throws Exception {
    return JsonMapper.builder().build().readTree(body(path));
  }

  @Test
  void answersAProposalWithItsTrailAndNoPersonalData() throws Exception {
    String title = uniqueTitle("Åbne data");
    String email = uniqueEmail("aaben");
    Proposal proposal =
        fixtures.confirmed(
            brought(title, "fensmark")
                .themes("trafik")
                .proposer("Nanna Navngiven", email, true)
                .at(55.28, 11.80));
    fixtures.answered(proposal, MunicipalAnswer.JA, "Ja, til foråret.");

    String raw = body("/api/v1/proposals/" + proposal.getId());
    assertThat(raw).doesNotContain(email, "Nanna Navngiven", "Sagsbehandler Hansen");
    JsonNode one = JsonMapper.builder().build().readTree(raw);
    assertThat(one.path("title").asString()).isEqualTo(title);
    assertThat(one.path("kind").asString()).isEqualTo("forslag");
    assertThat(one.path("state").asString()).isEqualTo("besvaret");
    assertThat(one.path("finished").asBoolean()).isFalse();
    assertThat(one.path("area").asString()).isEqualTo("fensmark");
    assertThat(one.path("council").asString()).isEqualTo("fensmark");
    assertThat(one.path("themes").get(0).asString()).isEqualTo("trafik");
    assertThat(one.path("place").path("latitude").asDouble()).isEqualTo(55.28);
    assertThat(one.path("assessment").asString()).isEqualTo("stoetter");
    assertThat(one.path("answer").asString()).isEqualTo("ja");
    assertThat(one.path("department").asString()).isEqualTo("Center for Plan og Miljø");
    assertThat(one.path("url").asString()).isEqualTo("/forslag/" + proposal.getId());
    assertThat(one.path("trail").valueStream().map(s -> s.path("kind").asString()).toList())
        .containsExactly("modtaget", "videresendt", "fordelt", "kvitteret", "besvaret");
    assertThat(one.path("trail").get(4).path("text").asString()).isEqualTo("Ja, til foråret.");
    assertThat(one.path("trail").get(0).path("council").asString()).isEqualTo("fensmark");
    assertThat(one.has("proposerName")).isFalse();
    assertThat(one.has("email")).isFalse();
  }

  @Test
  void paginatesAndFiltersLikeTheList() throws Exception {
    String title = uniqueTitle("Filter i API");
    fixtures.confirmed(brought(title, "fodby").kind(ProposalKind.INITIATIV).themes("miljoe"));

    JsonNode page = json("/api/v1/proposals?area=fodby&theme=miljoe&kind=initiativ&size=5");
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(5);
    assertThat(page.path("total").asLong()).isPositive();
    assertThat(page.path("items").valueStream().map(p -> p.path("title").asString()))
        .contains(title);
    assertThat(body("/api/v1/proposals?area=fodby&kind=forslag&size=100")).doesNotContain(title);
    assertThat(body("/api/v1/proposals?state=ubekraeftet")).contains("\"total\":0");
    mvc.perform(get("/api/v1/proposals?size=101")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/proposals?page=-1")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/proposals/999999999")).andExpect(status().isNotFound());
  }

  @Test
  void neverAnswersAnUnconfirmedProposal() throws Exception {
    String title = uniqueTitle("Ikke bekræftet i API");
    Proposal unconfirmed = fixtures.unconfirmed(brought(title, "fodby"));

    mvc.perform(get("/api/v1/proposals/" + unconfirmed.getId())).andExpect(status().isNotFound());
    assertThat(body("/api/v1/proposals?area=fodby&size=100")).doesNotContain(title);
  }

  @Test
  void readsAPageOfProposalsWithAFixedNumberOfQueriesHoweverManyItHas() throws Exception {
    for (int i = 0; i < 3; i++) {
      fixtures.answered(
          fixtures.confirmed(
              brought(uniqueTitle("Mange forespørgsler"), "fensmark").themes("miljoe")),
          MunicipalAnswer.NEJ,
          "Nej.");
    }

    long one = statements("/api/v1/proposals?size=1");
    long many = statements("/api/v1/proposals?size=100");
    assertThat(many).as("queries for 100 proposals").isLessThanOrEqualTo(one + 2);
    assertThat(statements("/forslag")).as("queries for the list page").isLessThan(15);
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
}
