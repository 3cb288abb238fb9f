package dk.samspil.council;

import java.time.LocalDate;

/** What the administration registers about a council (its themes are the council's own choice). */
public record CouncilRegistration(
    String name,
    Long areaId,
    String website,
    String publicEmail,
    String description,
    LocalDate founded,
    Long contactPersonId) {}
