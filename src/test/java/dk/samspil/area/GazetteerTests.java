package dk.samspil.area;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.area.Gazetteer.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTests {

  final Gazetteer gazetteer =
      new Gazetteer(
          List.of(
              new Place(PlaceKind.PARISH, "Glumsø", "7519", List.of(1L)),
              new Place(PlaceKind.PARISH, "Fensmark", "7516", List.of(2L)),
              new Place(PlaceKind.PARISH, "Sankt Jørgens", "9111", List.of(3L)),
              new Place(PlaceKind.PARISH, "Holme-Olstrup", "7501", List.of(4L)),
              new Place(PlaceKind.POSTAL_DISTRICT, "Næstved", "4700", List.of(3L, 5L, 6L)),
              new Place(PlaceKind.POSTAL_DISTRICT, "Glumsø", "4171", List.of(1L)),
              new Place(PlaceKind.AREA, "Fladså", null, List.of(7L))));

  List<String> names(String query) {
    return gazetteer.search(query, 10).stream()
        .map(match -> match.kind() + ":" + match.name())
        .toList();
  }

  @Test
  void findsAParishByItsExactName() {
    assertThat(names("Glumsø")).first().isEqualTo("PARISH:Glumsø");
  }

  @Test
  void ignoresCaseAndMissingDanishLetters() {
    assertThat(names("glumso")).contains("PARISH:Glumsø", "POSTAL_DISTRICT:Glumsø");
    assertThat(names("GLUMSOE")).contains("PARISH:Glumsø");
    assertThat(names("Naestved")).containsExactly("POSTAL_DISTRICT:Næstved");
    assertThat(names("sankt jorgens")).containsExactly("PARISH:Sankt Jørgens");
    assertThat(names("Fladsaa")).containsExactly("AREA:Fladså");
  }

  @Test
  void forgivesSmallTypos() {
    assertThat(names("Fensmrak")).containsExactly("PARISH:Fensmark");
    assertThat(names("Glumsæ")).contains("PARISH:Glumsø");
    assertThat(names("Nestved")).containsExactly("POSTAL_DISTRICT:Næstved");
  }

  @Test
  void findsByPostalNumberWithOrWithoutTown() {
    assertThat(gazetteer.search("4700", 10))
        .singleElement()
        .satisfies(
            match -> {
              assertThat(match.code()).isEqualTo("4700");
              assertThat(match.areaIds()).containsExactly(3L, 5L, 6L);
            });
    assertThat(names("4700 Næstved")).first().isEqualTo("POSTAL_DISTRICT:Næstved");
  }

  @Test
  void matchesTheStartOfAWordInALongerName() {
    assertThat(names("olstrup")).containsExactly("PARISH:Holme-Olstrup");
  }

  @Test
  void findsNothingForUnrelatedTextOrBlank() {
    assertThat(names("København")).isEmpty();
    assertThat(names("   ")).isEmpty();
    assertThat(names("xq")).isEmpty();
  }

  @Test
  void foldsSpellingVariantsToOneSkeleton() {
    assertThat(Gazetteer.fold("Næstved")).isEqualTo(Gazetteer.fold("naestved"));
    assertThat(Gazetteer.fold("Karrebæksminde")).isEqualTo(Gazetteer.fold("KARREBAEKSMINDE"));
    assertThat(Gazetteer.fold("Fladså")).isEqualTo(Gazetteer.fold("fladsaa"));
    assertThat(Gazetteer.fold("Holme-Olstrup")).isEqualTo("holme olstrup");
  }

  @Test
  void countsASwapOfTwoLettersAsOneEdit() {
    assertThat(Gazetteer.distance("fensmrak", "fensmark")).isEqualTo(1);
    assertThat(Gazetteer.distance("abc", "abc")).isZero();
    assertThat(Gazetteer.distance("", "abc")).isEqualTo(3);
  }
}
