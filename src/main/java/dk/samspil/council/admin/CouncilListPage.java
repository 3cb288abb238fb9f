package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import java.util.List;
import java.util.Map;

/** Every council, closed-down ones too, with its area. */
public record CouncilListPage(List<Row> rows) {

  public record Row(Council council, Area area) {}

  static CouncilListPage of(List<Council> councils, Map<Long, Area> areasById) {
    return new CouncilListPage(
        councils.stream()
            .map(council -> new Row(council, areasById.get(council.getAreaId())))
            .toList());
  }
}
