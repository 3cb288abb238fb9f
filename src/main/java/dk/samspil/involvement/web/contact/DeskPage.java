package dk.samspil.involvement.web.contact;

import dk.samspil.council.CouncilStatus;
import dk.samspil.involvement.CouncilWorkload;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.notification.MailStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The contact person's desk: who she is, her councils with their workload and profile, the
 * processes they are invited to (one page of them), and her areas without a council with what
 * concerns them.
 */
public record DeskPage(
    String name,
    String title,
    List<CouncilRow> councils,
    List<ProcessRow> processes,
    int page,
    int lastPage,
    List<AreaRow> areasWithoutCouncil,
    List<MatterRow> matters) {

  /**
   * One of her councils.
   *
   * @param capacity how many processes a quarter it can take on, as its profile says; null if not
   *     given
   * @param meetingRhythm its own words; null if not given
   */
  public record CouncilRow(
      String slug,
      String name,
      CouncilStatus status,
      CouncilWorkload workload,
      Integer capacity,
      String meetingRhythm) {}

  /** A process at least one of her councils is invited to, and how many of them have answered. */
  public record ProcessRow(
      Long id, String title, ProcessStatus status, LocalDate deadline, int invited, int answered) {}

  /** One of her areas without an active council; {@code dormantCouncil} names a dormant one. */
  public record AreaRow(String slug, String name, String dormantCouncil) {}

  /** A process about one of her areas without a council, and when she was mailed about it. */
  public record MatterRow(
      Long processId,
      String processTitle,
      String area,
      LocalDate deadline,
      MailStatus mailStatus,
      Instant mailedAt) {

    public boolean mailed() {
      return mailStatus != null;
    }
  }
}
