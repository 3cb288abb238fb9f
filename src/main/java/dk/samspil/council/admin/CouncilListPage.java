package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import java.util.List;

/** Every council, closed-down ones too, with its area. */
public record CouncilListPage(List<Row> rows) {

  public record Row(Council council, Area area) {}
}
