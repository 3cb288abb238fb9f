package dk.samspil.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Text that people typed, shown as they typed it: paragraphs at blank lines, line breaks kept,
 * nothing interpreted (the template {@code shared/text.jte} renders it, escaped).
 */
public final class PlainText {

  private PlainText() {}

  /** The text's paragraphs (split at blank lines), each a list of its lines. */
  public static List<List<String>> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().replace("\r\n", "\n").split("\n\\s*\n"))
        .map(paragraph -> List.of(paragraph.strip().split("\n")))
        .toList();
  }
}
