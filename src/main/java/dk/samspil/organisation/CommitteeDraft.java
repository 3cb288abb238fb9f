package dk.samspil.organisation;

import java.time.LocalDate;

/** A committee for a period, as the administration creates or changes it; the end may be open. */
public record CommitteeDraft(String name, LocalDate validFrom, LocalDate validTo) {}
