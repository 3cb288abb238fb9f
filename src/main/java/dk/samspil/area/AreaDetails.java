package dk.samspil.area;

/** What the administration may change about an area besides its boundary (never its slug). */
public record AreaDetails(String name, AreaCharacter character, Long contactPersonId) {}
