package dk.samspil.area.admin;

import dk.samspil.area.Area;
import dk.samspil.shared.FormErrors;
import java.util.List;

/** Defining an area by ticking its parishes. */
public record AreaParishesPage(
    Area area, ParishesForm form, FormErrors errors, List<ParishChoice> parishes) {}
