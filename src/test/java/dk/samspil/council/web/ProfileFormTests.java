package dk.samspil.council.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.council.Participation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileFormTests {

  static ValidatorFactory factory;
  static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  static ProfileForm form(String website, String capacity) {
    return new ProfileForm(
        null, null, website, null, null, capacity, null, List.of(1L), "Tekst\n\nMere");
  }

  static List<String> fields(ProfileForm form) {
    return validator.validate(form).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .toList();
  }

  @Test
  void acceptsOnlyHttpAndHttpsWebsites() {
    assertThat(fields(form("https://fensmark.dk", null))).isEmpty();
    assertThat(fields(form("http://www.fensmark.dk/lokalraad?x=1", null))).isEmpty();
    assertThat(fields(form("javascript:alert(1)", null))).containsExactly("hjemmeside");
    assertThat(fields(form("ftp://fensmark.dk", null))).containsExactly("hjemmeside");
    assertThat(fields(form("fensmark.dk", null))).containsExactly("hjemmeside");
    assertThat(fields(form("https://fensmark dk", null))).containsExactly("hjemmeside");
  }

  @Test
  void acceptsOnlyAPositiveWholeCapacity() {
    assertThat(fields(form(null, "2"))).isEmpty();
    assertThat(fields(form(null, " 3 "))).isEmpty();
    assertThat(fields(form(null, "0"))).containsExactly("kapacitet");
    assertThat(fields(form(null, "-1"))).containsExactly("kapacitet");
    assertThat(fields(form(null, "1,5"))).containsExactly("kapacitet");
    assertThat(fields(form(null, "51"))).containsExactly("kapacitet");
  }

  @Test
  void turnsTheFormIntoAProfileWithBlankFieldsLeftOut() {
    var profile =
        new ProfileForm(
                "  ",
                "raad@example.dk",
                "",
                " første tirsdag ",
                "7",
                "",
                Participation.MOEDE,
                List.of(2L, 1L),
                "")
            .toProfile();

    assertThat(profile.description()).isNull();
    assertThat(profile.website()).isNull();
    assertThat(profile.meetingRhythm()).isEqualTo("første tirsdag");
    assertThat(profile.memberCount()).isEqualTo(7);
    assertThat(profile.capacity()).isNull();
    assertThat(profile.participation()).isEqualTo(Participation.MOEDE);
    assertThat(profile.themeIds()).containsExactlyInAnyOrder(1L, 2L);
    assertThat(profile.pageText()).isNull();
  }
}
