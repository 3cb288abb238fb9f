package dk.samspil.council.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilHomeSection;
import dk.samspil.council.PageSection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouncilHomeSectionsTests {

  static PageSection section(String id) {
    return new PageSection(id, id, null, List.of(), "Intet.", null);
  }

  @Test
  void showsNoSectionWhenNoModuleAddsOne() {
    assertThat(new CouncilHomeSections(List.of()).forMembers(null, 1L, Locale.ROOT)).isEmpty();
  }

  @Test
  void keepsTheOrderOfTheModulesAndLeavesOutThoseWithNothingToAdd() {
    CouncilHomeSection first =
        (Council council, long accountId, Locale locale) -> Optional.of(section("first"));
    CouncilHomeSection nothing =
        (Council council, long accountId, Locale locale) -> Optional.empty();
    CouncilHomeSection last =
        (Council council, long accountId, Locale locale) -> Optional.of(section("last"));

    assertThat(
            new CouncilHomeSections(List.of(first, nothing, last))
                .forMembers(null, 1L, Locale.ROOT))
        .extracting(PageSection::id)
        .containsExactly("first", "last");
  }
}
