package dk.samspil.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filling in a council's details from a data set loaded on top of the one that registered it. */
class CouncilDetailsTests {

  static CouncilDraft draft(String website, String email, Long contactPersonId, Set<Long> themes) {
    return new CouncilDraft(
        "proeve",
        "Prøveråd",
        CouncilStatus.AKTIV,
        1L,
        website,
        email,
        null,
        LocalDate.of(2020, 1, 1),
        contactPersonId,
        themes);
  }

  @Test
  void takesWhatTheCouncilHasNotGotAndKeepsWhatItHas() {
    Council council = new Council(draft("https://proeve.dk", null, null, Set.of()));

    council.fillIn(draft("https://andet.example", "proeve@lokalraad.example", 7L, Set.of(1L, 2L)));

    assertThat(council.getWebsite()).isEqualTo("https://proeve.dk");
    assertThat(council.getPublicEmail()).isEqualTo("proeve@lokalraad.example");
    assertThat(council.getContactPersonId()).isEqualTo(7L);
    assertThat(council.getThemeIds()).containsExactlyInAnyOrder(1L, 2L);
    assertThat(council.getFounded()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void keepsTheThemesTheCouncilChose() {
    Council council = new Council(draft(null, null, null, Set.of(3L)));

    council.fillIn(draft(null, null, null, Set.of(1L, 2L)));

    assertThat(council.getThemeIds()).containsExactly(3L);
  }
}
