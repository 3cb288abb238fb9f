package dk.samspil.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slugs: the lower-case, ASCII names in addresses such as {@code /lokalraad/fensmark}. Danish
 * letters are spelt out (æ → ae, ø → oe, å → aa), as in the demonstration data's slugs.
 */
public final class Slugs {

  /** The longest slug the tables accept. */
  public static final int MAX_LENGTH = 80;

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  /** The slug made from a name, e.g. "Glumsø og omegn" → "glumsoe-og-omegn"; blank for none. */
  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String spelt =
        name.strip()
            .toLowerCase(Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "oe")
            .replace("å", "aa")
            .replace("ß", "ss");
    String ascii = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug;
  }

  /** Whether the text is a well-formed slug: lower-case letters and digits joined by hyphens. */
  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
  }

  /**
   * The typed slug, lower-cased, if it is malformed: a form lists it with its other mistakes. A
   * blank slug is not malformed, as it is then made from the name.
   */
  public static Optional<String> malformed(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String slug = typed.strip().toLowerCase(Locale.ROOT);
    return isValid(slug) ? Optional.empty() : Optional.of(slug);
  }

  /** The slug a form asks for: as typed (in lower case), or made from the name when left blank. */
  public static String typedOrOf(String typed, String name) {
    return typed == null || typed.isBlank() ? of(name) : typed.strip().toLowerCase(Locale.ROOT);
  }
}
