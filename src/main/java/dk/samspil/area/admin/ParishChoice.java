package dk.samspil.area.admin;

/** A parish to tick, with the area that has it now (null if none). */
public record ParishChoice(String code, String name, String usedBy) {}
