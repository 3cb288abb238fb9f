package dk.samspil.organisation;

/** A theme as an administrator describes it: its address (fixed once created), name and text. */
public record ThemeDraft(String slug, String name, String description) {}
