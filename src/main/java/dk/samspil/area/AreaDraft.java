package dk.samspil.area;

import java.util.Set;

/** A new area: its slug, name, character, contact person (or null) and whole parishes. */
public record AreaDraft(
    String slug,
    String name,
    AreaCharacter character,
    Long contactPersonId,
    Set<String> parishCodes) {

  public AreaDraft {
    parishCodes = Set.copyOf(parishCodes);
  }
}
