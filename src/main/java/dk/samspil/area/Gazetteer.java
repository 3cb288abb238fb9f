package dk.samspil.area;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local gazetteer: parish names, postal numbers and towns, and area names, searched without an
 * external service. Forgives case, missing Danish letters („Glumso“, „Naestved“) and small typos.
 */
final class Gazetteer {

  /** A searchable place; {@code code} is a parish code or a postal number, or null. */
  record Place(PlaceKind kind, String name, String code, List<Long> areaIds) {}

  private record Scored(Place place, int score) {}

  private static final Pattern POSTAL_NUMBER = Pattern.compile("\\b(\\d{2,4})\\b");
  private static final Locale DANISH = Locale.forLanguageTag("da");

  private final List<Place> places;
  private final List<String> foldedNames;

  Gazetteer(List<Place> places) {
    this.places = List.copyOf(places);
    this.foldedNames = this.places.stream().map(place -> fold(place.name())).toList();
  }

  /** The best matches for what a person typed, best first; empty for a blank query. */
  List<PlaceMatch> search(String query, int limit) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    Matcher number = POSTAL_NUMBER.matcher(query);
    String digits = number.find() ? number.group(1) : null;
    String text = fold(query.replaceAll("\\d", " "));
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      Place place = places.get(i);
      int score =
          Math.max(
              digits != null ? scoreNumber(digits, place) : 0,
              text.isEmpty() ? 0 : scoreName(text, foldedNames.get(i)));
      if (score > 0) {
        scored.add(new Scored(place, score));
      }
    }
    return scored.stream()
        .sorted(
            Comparator.comparingInt(Scored::score)
                .reversed()
                .thenComparing(s -> s.place().kind())
                .thenComparing(s -> s.place().name()))
        .limit(limit)
        .map(
            s ->
                new PlaceMatch(
                    s.place().kind(), s.place().name(), s.place().code(), s.place().areaIds()))
        .toList();
  }

  private static int scoreNumber(String digits, Place place) {
    if (place.kind() != PlaceKind.POSTAL_DISTRICT) {
      return 0;
    }
    if (place.code().equals(digits)) {
      return 100;
    }
    return place.code().startsWith(digits) ? 85 : 0;
  }

  static int scoreName(String query, String name) {
    if (name.equals(query)) {
      return 100;
    }
    if (query.length() >= 2 && name.startsWith(query)) {
      return 90;
    }
    String[] words = name.split(" ");
    for (String word : words) {
      if (query.length() >= 2 && word.startsWith(query)) {
        return 80;
      }
    }
    if (query.length() >= 3 && name.contains(query)) {
      return 70;
    }
    int tolerance = query.length() < 4 ? 0 : query.length() < 8 ? 1 : 2;
    if (tolerance == 0) {
      return 0;
    }
    int whole = distance(query, name);
    if (whole <= tolerance) {
      return 60 - whole;
    }
    for (String word : words) {
      int d = distance(query, word);
      if (d <= tolerance) {
        return 55 - d;
      }
    }
    if (name.length() > query.length()) {
      int prefix = distance(query, name.substring(0, query.length()));
      if (prefix <= tolerance) {
        return 50 - prefix;
      }
    }
    return 0;
  }

  /**
   * Folds a name to a skeleton that spelling variants share: lower case, no accents, æ/ø/å and
   * their two-letter spellings (ae, oe, aa) reduced to one letter, punctuation to spaces.
   */
  static String fold(String text) {
    String lower = text.toLowerCase(DANISH).replace('æ', 'a').replace('ø', 'o').replace('å', 'a');
    String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain
        .replace("aa", "a")
        .replace("ae", "a")
        .replace("oe", "o")
        .replaceAll("[^a-z0-9]+", " ")
        .trim();
  }

  /** Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
