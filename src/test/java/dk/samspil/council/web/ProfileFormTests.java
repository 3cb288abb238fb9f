package dk.samspil.council.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.council.Participation;
import dk.samspil.shared.FieldError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileFormTests {

  static ProfileForm form(String website, String capacity) {
    return new ProfileForm(
        null, null, website, null, null, capacity, null, List.of("1"), "Tekst\n\nMere");
  }

  static List<String> fields(ProfileForm form) {
    return form.validate(Set.of(1L, 2L)).stream().map(FieldError::field).toList();
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
                "MOEDE",
                List.of("2", "1"),
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
