package dk.samspil.area;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extension point: a module adds a column to the administration's list of areas, for example the
 * council of each area. The area module lays the columns out without knowing the modules, so
 * dependencies keep running towards the area. Columns are shown in the order of their beans
 * ({@code @Order}).
 */
public interface AreaAdminColumn {

  /** The column's heading, in the reader's language. */
  String heading(Locale locale);

  /** The cell of each area, by area id, in the reader's language; an area left out is blank. */
  Map<Long, Cell> cells(List<Area> areas, Locale locale);

  /**
   * One cell: a text, a link, or both ("Ja: Fensmark Lokalråd").
   *
   * @param text the text, or null
   * @param linkText the link's text, or null for no link
   * @param href where the link leads, or null for no link
   */
  record Cell(String text, String linkText, String href) {

    public static Cell text(String text) {
      return new Cell(text, null, null);
    }

    public boolean hasLink() {
      return href != null;
    }
  }
}
