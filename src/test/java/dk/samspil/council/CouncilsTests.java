package dk.samspil.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.SamspilTest;
import dk.samspil.area.AreaManagement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

@SamspilTest
@Transactional
class CouncilsTests {

  @Autowired Councils councils;
  @Autowired CouncilManagement management;
  @Autowired AreaManagement areas;

  @Test
  void holdsTheFourteenCouncilsOfTheDemonstrationData() {
    assertThat(management.councils()).hasSize(14);
    assertThat(management.councilsByArea()).hasSize(14);
    assertThat(management.council("fensmark").getThemeIds()).isNotEmpty();
  }

  @Test
  void allowsOnlyOneLivingCouncilPerArea() {
    Long fensmark = areas.area("fensmark").getId();

    assertThatThrownBy(
            () ->
                councils.saveAndFlush(
                    new Council(
                        new CouncilDraft(
                            "fensmark-2",
                            "Endnu et råd",
                            CouncilStatus.AKTIV,
                            fensmark,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Set.of()))))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void letsANewCouncilSucceedAClosedOne() {
    Long herlufsholm = areas.area("herlufsholm").getId();
    councils.saveAndFlush(
        new Council(
            new CouncilDraft(
                "herlufsholm-gammel",
                "Det gamle råd",
                CouncilStatus.NEDLAGT,
                herlufsholm,
                null,
                null,
                null,
                null,
                null,
                Set.of())));
    assertThat(management.councilOf(herlufsholm)).isEmpty();

    councils.saveAndFlush(
        new Council(
            new CouncilDraft(
                "herlufsholm",
                "Herlufsholm Lokalråd",
                CouncilStatus.UNDER_ETABLERING,
                herlufsholm,
                null,
                null,
                null,
                null,
                null,
                Set.of())));

    assertThat(management.councilOf(herlufsholm)).map(Council::getSlug).contains("herlufsholm");
  }
}
