package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.ProcessProgress;
import dk.samspil.involvement.ProcessStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The staff's overview: how many processes are in each status, each published process's answer
 * rate, and the contributions whose feedback is overdue.
 */
public record OverviewPage(
    Map<ProcessStatus, Long> counts,
    List<Row> rows,
    List<Overdue> overdue,
    int page,
    int lastPage) {

  /** One published process. */
  public record Row(
      Long id,
      String title,
      ProcessStatus status,
      String department,
      LocalDate deadline,
      ProcessProgress progress) {}

  /** A contribution that has waited more than four weeks after the deadline for feedback. */
  public record Overdue(
      Long processId,
      String processTitle,
      String councilName,
      LocalDate deadline,
      Instant sentAt) {}

  public List<ProcessStatus> statuses() {
    return List.of(ProcessStatus.values());
  }

  /** Where a process links to: its staff page. */
  public String link(Long processId) {
    return "/medarbejder/inddragelser/" + processId;
  }
}
