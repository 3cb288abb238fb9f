package dk.samspil.notice.web.staff;

import java.time.Instant;
import java.util.List;

/** The notices staff have published, newest first. */
public record NoticeListPage(List<Row> rows, int page, int lastPage) {

  /** One notice, with the names of the areas and councils it went to. */
  public record Row(
      Long id,
      String title,
      Instant publishedAt,
      String department,
      List<String> areas,
      List<String> councils) {}
}
