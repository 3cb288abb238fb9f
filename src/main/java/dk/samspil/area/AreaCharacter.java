package dk.samspil.area;

import java.util.Locale;

/** Whether an area is town, country or both: the agreement's "beliggenhed (by/land)". */
public enum AreaCharacter {
  BY,
  LAND,
  BY_OG_LAND;

  /** Parses the demonstration data's words: "by", "land", "by og land". */
  public static AreaCharacter fromDanish(String words) {
    return switch (words.trim().toLowerCase(Locale.ROOT)) {
      case "by" -> BY;
      case "land" -> LAND;
      case "by og land" -> BY_OG_LAND;
      default -> throw new IllegalArgumentException("Unknown area character: " + words);
    };
  }

  /** The message key of this character's Danish name. */
  public String messageKey() {
    return "area.character." + name();
  }

  /** The value used in the open-data API. */
  public String apiValue() {
    return switch (this) {
      case BY -> "by";
      case LAND -> "land";
      case BY_OG_LAND -> "by og land";
    };
  }
}
