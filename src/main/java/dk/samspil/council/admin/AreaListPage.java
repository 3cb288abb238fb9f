package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import java.util.List;

/** The administration's list of areas. */
public record AreaListPage(List<Row> rows) {

  /** One area with its living council (or null). */
  public record Row(Area area, Council council) {

    public int parishCount() {
      return area.getParishCodes().size();
    }
  }
}
