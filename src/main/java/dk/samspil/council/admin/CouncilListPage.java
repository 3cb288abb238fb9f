package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import java.util.List;
import java.util.Map;

/** Every council, closed-down ones too, with its area and its number of members. */
public record CouncilListPage(List<Row> rows) {

  public record Row(Council council, Area area, long members) {}

  static CouncilListPage of(
      List<Council> councils, Map<Long, Area> areasById, Map<Long, Long> memberCounts) {
    return new CouncilListPage(
        councils.stream()
            .map(
                council ->
                    new Row(
                        council,
                        areasById.get(council.getAreaId()),
                        memberCounts.getOrDefault(council.getId(), 0L)))
            .toList());
  }
}
