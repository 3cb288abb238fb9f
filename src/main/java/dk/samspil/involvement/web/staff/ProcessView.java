package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A process as the staff pages show it, with names instead of ids and the text as safe HTML. */
public record ProcessView(
    Long id,
    String title,
    String summary,
    String bodyHtml,
    ProcessStatus status,
    ProcessType type,
    boolean municipalPlanHearing,
    String department,
    String committee,
    String contactName,
    String contactEmail,
    boolean wholeMunicipality,
    List<String> areas,
    List<String> themes,
    List<PhaseView> phases,
    LocalDate deadline,
    Instant publishedAt,
    String outcomeText,
    LocalDate outcomeDate,
    String outcomeCommittee,
    String outcomeMinutesUrl) {

  /** One phase, with its dates. */
  public record PhaseView(String name, LocalDate startsOn, LocalDate endsOn) {}

  public boolean isDraft() {
    return status == ProcessStatus.KLADDE;
  }

  public boolean hasOutcome() {
    return outcomeText != null;
  }
}
