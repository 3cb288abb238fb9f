package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.shared.FieldError;
import java.util.List;

/** Defining an area by ticking its parishes. */
public record AreaParishesPage(
    Area area, AreaForm form, List<FieldError> errors, List<ParishChoice> parishes) {}
