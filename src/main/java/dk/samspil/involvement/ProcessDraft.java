package dk.samspil.involvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything an employee writes about a process before publishing it. */
public record ProcessDraft(
    String title,
    String summary,
    String body,
    ProcessType type,
    boolean municipalPlanHearing,
    Long departmentId,
    Long committeeId,
    Long contactAccountId,
    boolean wholeMunicipality,
    Set<Long> areaIds,
    Set<Long> themeIds,
    List<Phase> phases,
    LocalDate deadline) {}
