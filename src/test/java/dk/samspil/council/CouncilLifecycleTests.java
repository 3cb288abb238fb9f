package dk.samspil.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CouncilLifecycleTests {

  static final Set<List<CouncilStatus>> ALLOWED =
      Set.of(
          List.of(CouncilStatus.UNDER_ETABLERING, CouncilStatus.AKTIV),
          List.of(CouncilStatus.UNDER_ETABLERING, CouncilStatus.NEDLAGT),
          List.of(CouncilStatus.AKTIV, CouncilStatus.HVILENDE),
          List.of(CouncilStatus.AKTIV, CouncilStatus.NEDLAGT),
          List.of(CouncilStatus.HVILENDE, CouncilStatus.AKTIV),
          List.of(CouncilStatus.HVILENDE, CouncilStatus.NEDLAGT));

  static Council council(CouncilStatus status) {
    return new Council(
        new CouncilDraft("proeve", "Prøveråd", status, 1L, null, null, null, null, null, Set.of()));
  }

  static Stream<Arguments> allowed() {
    return ALLOWED.stream().map(pair -> Arguments.of(pair.get(0), pair.get(1)));
  }

  static Stream<Arguments> illegal() {
    List<Arguments> illegal = new ArrayList<>();
    for (CouncilStatus from : CouncilStatus.values()) {
      for (CouncilStatus to : CouncilStatus.values()) {
        if (!ALLOWED.contains(List.of(from, to))) {
          illegal.add(Arguments.of(from, to));
        }
      }
    }
    return illegal.stream();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("allowed")
  void movesAlongItsLifecycle(CouncilStatus from, CouncilStatus to) {
    Council council = council(from);

    council.changeStatus(to);

    assertThat(council.getStatus()).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("illegal")
  void refusesEveryOtherChange(CouncilStatus from, CouncilStatus to) {
    Council council = council(from);

    assertThatThrownBy(() -> council.changeStatus(to))
        .isInstanceOfSatisfying(
            IllegalStatusChange.class,
            e -> {
              assertThat(e.from()).isEqualTo(from);
              assertThat(e.to()).isEqualTo(to);
            });
    assertThat(council.getStatus()).isEqualTo(from);
  }

  @Test
  void countsTenIllegalChangesAmongTheSixteen() {
    assertThat(illegal()).hasSize(10);
  }

  @Test
  void refusesAChangeToNoStatus() {
    assertThatThrownBy(() -> council(CouncilStatus.AKTIV).changeStatus(null))
        .isInstanceOf(IllegalStatusChange.class);
  }

  @Test
  void closedDownIsFinal() {
    assertThat(CouncilStatus.NEDLAGT.next()).isEmpty();
    for (CouncilStatus status : CouncilStatus.values()) {
      assertThat(CouncilStatus.NEDLAGT.mayBecome(status)).isFalse();
    }
  }
}
