package dk.samspil.organisation;

/** A department (centre) as the administration creates or changes it; the unit is optional. */
public record DepartmentDraft(String name, String unit) {}
