package dk.samspil.area.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaAdminColumn;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The administration's list of areas, with the columns other modules add (e.g. each area's
 * council).
 */
public record AreaListPage(List<Row> rows, List<String> columnHeadings) {

  /** One area with its cells of the added columns, in the order of the headings. */
  public record Row(Area area, List<AreaAdminColumn.Cell> cells) {

    public int parishCount() {
      return area.getParishCodes().size();
    }
  }

  static AreaListPage of(List<Area> areas, List<AreaAdminColumn> columns, Locale locale) {
    List<Map<Long, AreaAdminColumn.Cell>> cells =
        columns.stream().map(column -> column.cells(areas, locale)).toList();
    AreaAdminColumn.Cell blank = AreaAdminColumn.Cell.text("");
    List<Row> rows =
        areas.stream()
            .map(
                area ->
                    new Row(
                        area,
                        cells.stream()
                            .map(column -> column.getOrDefault(area.getId(), blank))
                            .toList()))
            .toList();
    return new AreaListPage(rows, columns.stream().map(column -> column.heading(locale)).toList());
  }
}
