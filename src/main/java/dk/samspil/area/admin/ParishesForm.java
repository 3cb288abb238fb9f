package dk.samspil.area.admin;

import dk.samspil.area.Area;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The parishes ticked for an area. */
public record ParishesForm(@NotEmpty(message = "{geometry.no-parishes}") List<String> parishes) {

  public ParishesForm {
    parishes = parishes == null ? List.of() : List.copyOf(parishes);
  }

  static ParishesForm of(Area area) {
    return new ParishesForm(List.copyOf(area.getParishCodes()));
  }

  Set<String> parishCodes() {
    return new TreeSet<>(parishes);
  }
}
