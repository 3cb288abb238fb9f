package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff list of processes: the employee's own department's or all, one status or all, in the
 * order of their life.
 */
public record ProcessListPage(
    List<Row> rows,
    boolean ownDepartment,
    boolean hasDepartment,
    String status,
    List<ProcessStatus> statuses,
    int page,
    int lastPage,
    long total) {

  /** One process in the list. */
  public record Row(
      Long id,
      String title,
      ProcessStatus status,
      ProcessType type,
      String department,
      LocalDate deadline) {}

  public boolean isStatus(ProcessStatus candidate) {
    return candidate.name().equals(status);
  }

  /** The filter as a query string for the pagination links. */
  public String query() {
    StringBuilder query = new StringBuilder();
    query.append("&center=").append(ownDepartment ? "mit" : "alle");
    if (status != null && !status.isBlank()) {
      query.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
    }
    return query.toString();
  }
}
