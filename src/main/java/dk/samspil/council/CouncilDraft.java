package dk.samspil.council;

import java.time.LocalDate;
import java.util.Set;

/** What it takes to register a council. */
public record CouncilDraft(
    String slug,
    String name,
    CouncilStatus status,
    Long areaId,
    String website,
    String publicEmail,
    String description,
    LocalDate founded,
    Long contactPersonId,
    Set<Long> themeIds) {}
