package dk.samspil.notice.web;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.notice.Notice;
import dk.samspil.organisation.Theme;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The data of the public notice pages, as their templates take them. */
public final class NoticePages {

  private NoticePages() {}

  /** /orienteringer: notices, newest first, optionally for one area and one theme. */
  public record NoticeList(
      List<NoticeRow> rows,
      List<Area> areas,
      List<Theme> themes,
      String area,
      String theme,
      long total,
      int page,
      int lastPage) {

    /** The filter as it goes on after a pagination link's {@code ?side=n}. */
    public String query() {
      return parameter("omraade", area) + parameter("tema", theme);
    }

    public boolean filtered() {
      return !query().isEmpty();
    }

    private static String parameter(String name, String value) {
      return value == null || value.isBlank()
          ? ""
          : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  public record NoticeRow(
      Notice notice, String department, List<String> areaNames, List<String> themeNames) {}

  /** /orienteringer/{id}. */
  public record NoticeDetail(
      Notice notice,
      String department,
      List<String> areaNames,
      List<String> themeNames,
      List<Council> councils) {}
}
