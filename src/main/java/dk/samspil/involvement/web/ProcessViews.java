package dk.samspil.involvement.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.Phase;
import dk.samspil.involvement.ProcessFilter;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.involvement.ProcessType;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts processes, their invitations and the names they refer to together for the public pages and
 * the API, with a fixed number of queries per page however many processes and councils it shows.
 */
@Component
@Transactional(readOnly = true)
class ProcessViews {

  static final int PAGE_SIZE = 20;
  static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  private final ProcessQueries queries;
  private final DocumentManagement documents;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;

  ProcessViews(
      ProcessQueries queries,
      DocumentManagement documents,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation) {
    this.queries = queries;
    this.documents = documents;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
  }

  LocalDate today() {
    return queries.today();
  }

  /** Turns the typed filter into ids; unknown values match nothing rather than everything. */
  Optional<ProcessFilter> filter(PublicPages.Filters typed, List<Area> allAreas) {
    Long areaId = null;
    Long themeId = null;
    ProcessType type = null;
    ProcessStatus status = null;
    if (!blank(typed.area())) {
      Optional<Area> area =
          allAreas.stream().filter(a -> a.getSlug().equals(typed.area())).findFirst();
      if (area.isEmpty()) {
        return Optional.empty();
      }
      areaId = area.get().getId();
    }
    if (!blank(typed.theme())) {
      Optional<Theme> theme = organisation.themeBySlug(typed.theme());
      if (theme.isEmpty()) {
        return Optional.empty();
      }
      themeId = theme.get().getId();
    }
    if (!blank(typed.type())) {
      type = byApiValue(ProcessType.values(), ProcessType::apiValue, typed.type()).orElse(null);
      if (type == null) {
        return Optional.empty();
      }
    }
    if (!blank(typed.status())) {
      status =
          byApiValue(ProcessStatus.values(), ProcessStatus::apiValue, typed.status())
              .filter(ProcessStatus::isPublic)
              .orElse(null);
      if (status == null) {
        return Optional.empty();
      }
    }
    return Optional.of(new ProcessFilter(areaId, themeId, type, status));
  }

  PublicPages.ProcessList list(PublicPages.Filters typed, int page) {
    List<Area> allAreas = areas.areas();
    Optional<ProcessFilter> filter = filter(typed, allAreas);
    Page<InvolvementProcess> found =
        filter.isPresent()
            ? queries.publishedProcesses(filter.get(), page, PAGE_SIZE)
            : Page.empty();
    Map<Long, Area> areasById =
        allAreas.stream().collect(Collectors.toMap(Area::getId, Function.identity()));
    List<InvolvementProcess> processes = found.getContent();
    Map<Long, List<Invitation>> invitations =
        queries.invitationsOf(processes.stream().map(InvolvementProcess::getId).toList());
    Map<Long, Department> departments =
        organisation.departmentsById(
            processes.stream()
                .map(InvolvementProcess::getDepartmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    LocalDate today = today();
    List<PublicPages.ProcessRow> rows = new ArrayList<>();
    for (InvolvementProcess process : processes) {
      List<Invitation> invited = invitations.getOrDefault(process.getId(), List.of());
      Map<AnswerState, Long> states =
          invited.stream()
              .collect(
                  Collectors.groupingBy(i -> i.answerState(process, today), Collectors.counting()));
      rows.add(
          new PublicPages.ProcessRow(
              process,
              nameOf(departments.get(process.getDepartmentId())),
              areaNames(process, areasById),
              invited.size(),
              states.getOrDefault(AnswerState.CONTRIBUTED, 0L).intValue(),
              states.getOrDefault(AnswerState.DECLINED, 0L).intValue(),
              states.getOrDefault(AnswerState.NO_ANSWER, 0L).intValue()));
    }
    return new PublicPages.ProcessList(
        typed,
        allAreas,
        organisation.themes(),
        List.of(ProcessType.values()),
        Arrays.stream(ProcessStatus.values()).filter(ProcessStatus::isPublic).toList(),
        rows,
        found.getTotalElements(),
        page,
        Math.max(0, found.getTotalPages() - 1));
  }

  PublicPages.ProcessDetail detail(Long processId) {
    InvolvementProcess process = queries.publishedProcess(processId);
    LocalDate today = today();
    List<Invitation> invitations = queries.invitationsOf(processId);
    Map<Long, Council> councilsById =
        councilsById(invitations.stream().map(Invitation::getCouncilId).toList());
    List<Long> visible =
        invitations.stream().filter(Invitation::isPubliclyVisible).map(Invitation::getId).toList();
    Map<Long, List<FileSummary>> attachments = documents.attachmentSummaries(visible);
    List<PublicPages.CouncilAnswer> answers = new ArrayList<>();
    for (Invitation invitation : invitations) {
      Council council = councilsById.get(invitation.getCouncilId());
      if (council == null) {
        continue;
      }
      answers.add(answer(invitation, council, process, today, attachments));
    }
    answers.sort(
        Comparator.comparing(
            (PublicPages.CouncilAnswer a) -> a.council().getName(), AreaManagement.DANISH_ORDER));
    Set<Long> committeeIds = new HashSet<>();
    committeeIds.add(process.getCommitteeId());
    committeeIds.add(process.getOutcomeCommitteeId());
    committeeIds.remove(null);
    Map<Long, Committee> committees = organisation.committeesById(committeeIds);
    return new PublicPages.ProcessDetail(
        process,
        process.getDepartmentId() == null
            ? null
            : nameOf(
                organisation
                    .departmentsById(List.of(process.getDepartmentId()))
                    .get(process.getDepartmentId())),
        committeeName(committees.get(process.getCommitteeId())),
        areaNames(process, areas.areasById(process.getAreaIds())),
        organisation.themesById(process.getThemeIds()).values().stream()
            .sorted(Comparator.comparing(Theme::getName, AreaManagement.DANISH_ORDER))
            .toList(),
        documents.documentSummaries(processId),
        timeline(process, today),
        answers,
        committeeName(committees.get(process.getOutcomeCommitteeId())),
        process.acceptsAnswers(today));
  }

  /** What the public may see of one council's answer. */
  static PublicPages.CouncilAnswer answer(
      Invitation invitation,
      Council council,
      InvolvementProcess process,
      LocalDate today,
      Map<Long, List<FileSummary>> attachments) {
    AnswerState state = invitation.answerState(process, today);
    boolean visible = invitation.isPubliclyVisible();
    return new PublicPages.CouncilAnswer(
        council,
        state,
        switch (state) {
          case CONTRIBUTED -> day(invitation.getSentAt());
          case DECLINED -> day(invitation.getDeclinedAt());
          default -> null;
        },
        visible
            ? new PublicPages.Contribution(
                invitation.getSentText(),
                invitation.getAddenda(),
                attachments.getOrDefault(invitation.getId(), List.of()))
            : null,
        state == AnswerState.CONTRIBUTED && !visible,
        invitation.getFeedbackVerdict(),
        visible ? invitation.getFeedbackText() : null);
  }

  /** Published, phases, deadline, decision and closing, in the order of their dates. */
  static List<PublicPages.TimelineItem> timeline(InvolvementProcess process, LocalDate today) {
    List<PublicPages.TimelineItem> items = new ArrayList<>();
    if (process.getPublishedAt() != null) {
      LocalDate published = day(process.getPublishedAt());
      items.add(
          new PublicPages.TimelineItem(
              published, null, null, "public.process.timeline.published", true));
    }
    for (Phase phase : process.getPhases()) {
      LocalDate end = phase.getEndsOn() != null ? phase.getEndsOn() : phase.getStartsOn();
      items.add(
          new PublicPages.TimelineItem(
              phase.getStartsOn(), phase.getEndsOn(), phase.getName(), null, end.isBefore(today)));
    }
    if (process.getDeadline() != null) {
      items.add(
          new PublicPages.TimelineItem(
              process.getDeadline(),
              null,
              null,
              "public.process.timeline.deadline",
              process.getDeadline().isBefore(today)));
    }
    if (process.getOutcomeDate() != null) {
      items.add(
          new PublicPages.TimelineItem(
              process.getOutcomeDate(), null, null, "public.process.timeline.decided", true));
    }
    if (process.getClosedAt() != null) {
      items.add(
          new PublicPages.TimelineItem(
              day(process.getClosedAt()), null, null, "public.process.timeline.closed", true));
    }
    items.sort(Comparator.comparing(PublicPages.TimelineItem::date));
    return items;
  }

  /**
   * The invited councils by id, closed-down (nedlagt) ones included: what a council contributed
   * stays on record after it closes.
   */
  Map<Long, Council> councilsById(Collection<Long> ids) {
    return councils.councilsById(ids);
  }

  static List<String> areaNames(InvolvementProcess process, Map<Long, Area> areasById) {
    return process.isWholeMunicipality() ? List.of() : names(process.getAreaIds(), areasById);
  }

  static List<String> names(Collection<Long> areaIds, Map<Long, Area> areasById) {
    return areaIds.stream()
        .map(areasById::get)
        .filter(Objects::nonNull)
        .map(Area::getName)
        .sorted(AreaManagement.DANISH_ORDER)
        .toList();
  }

  private static String nameOf(Department department) {
    return department == null ? null : department.getName();
  }

  private static String committeeName(Committee committee) {
    return committee == null ? null : committee.getName();
  }

  /** The day in Denmark of an instant. */
  static LocalDate day(Instant instant) {
    return instant.atZone(DANISH_TIME).toLocalDate();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static <T> Optional<T> byApiValue(T[] values, Function<T, String> apiValue, String typed) {
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values).filter(v -> apiValue.apply(v).equals(wanted)).findFirst();
  }
}
