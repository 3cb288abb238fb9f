package dk.samspil.notice.web;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.notice.Notice;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The data of the public notice pages, as their templates take them. */
public final class NoticePages {

  private NoticePages() {}

  /** /orienteringer: notices, newest first, optionally for one area. */
  public record NoticeList(
      List<NoticeRow> rows, List<Area> areas, String area, long total, int page, int lastPage) {

    public String query() {
      return area == null || area.isBlank()
          ? ""
          : "&omraade=" + URLEncoder.encode(area, StandardCharsets.UTF_8);
    }
  }

  public record NoticeRow(Notice notice, String department, List<String> areaNames) {}

  /** /orienteringer/{id}. */
  public record NoticeDetail(
      Notice notice, String department, List<String> areaNames, List<Council> councils) {}
}
