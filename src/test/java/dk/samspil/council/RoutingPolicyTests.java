package dk.samspil.council;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.council.RoutingPolicy.Candidate;
import dk.samspil.council.RoutingPolicy.Reason;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingPolicyTests {

  static final long TRAFIK = 10L;
  static final long NATUR = 11L;
  static final Map<Long, String> THEMES = Map.of(TRAFIK, "Trafik", NATUR, "Natur");
  static final List<Candidate> COUNCILS =
      List.of(
          new Candidate(1L, "Fensmark Lokalråd", 100L, Set.of(TRAFIK)),
          new Candidate(2L, "Lokalrådet Tappernøje", 200L, Set.of(NATUR)),
          new Candidate(3L, "Fodby Lokalråd", 300L, Set.of()));
  static final Set<Long> ALL_AREAS = Set.of(100L, 200L, 300L, 400L);

  @Test
  void proposesTheCouncilsOfTheAffectedAreasAndThoseInterestedInATheme() {
    RoutingPolicy.Routing routing =
        RoutingPolicy.propose(
            false, Set.of(300L, 400L), Set.of(TRAFIK), COUNCILS, THEMES, ALL_AREAS);

    assertThat(routing.proposals())
        .extracting(RoutingPolicy.Proposal::councilId)
        .containsExactly(3L, 1L);
    assertThat(routing.proposals().get(0).reasons())
        .containsExactly(new Reason("routing.reason.area", ""));
    assertThat(routing.proposals().get(1).reasons())
        .containsExactly(new Reason("routing.reason.theme", "Trafik"));
    assertThat(routing.areasWithoutCouncil()).containsExactly(400L);
  }

  @Test
  void proposesEveryCouncilForTheWholeMunicipalityMarkingThemeMatches() {
    RoutingPolicy.Routing routing =
        RoutingPolicy.propose(true, Set.of(), Set.of(NATUR), COUNCILS, THEMES, ALL_AREAS);

    assertThat(routing.proposals()).hasSize(3);
    assertThat(routing.proposals())
        .filteredOn(p -> p.councilId() == 2L)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.reasons())
                    .containsExactly(
                        new Reason("routing.reason.whole", ""),
                        new Reason("routing.reason.theme", "Natur")));
    assertThat(routing.areasWithoutCouncil()).containsExactly(400L);
  }

  @Test
  void proposesNobodyForAnUnaffectedAreaWithoutMatchingThemes() {
    assertThat(
            RoutingPolicy.propose(false, Set.of(400L), Set.of(), COUNCILS, THEMES, ALL_AREAS)
                .proposals())
        .isEmpty();
  }

  @Test
  void keepsReasonsThroughStorage() {
    var proposal =
        new RoutingPolicy.Proposal(
            1L,
            "x",
            List.of(
                new Reason("routing.reason.area", ""),
                new Reason("routing.reason.theme", "Trafik; veje")));

    assertThat(Reason.decode(proposal.encodedReasons()))
        .containsExactly(
            new Reason("routing.reason.area", ""),
            new Reason("routing.reason.theme", "Trafik, veje"));
  }
}
