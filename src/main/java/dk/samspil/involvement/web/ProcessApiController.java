package dk.samspil.involvement.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessFilter;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.organisation.Committee;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.BadApiRequest;
import dk.samspil.shared.JsonApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the published involvement processes, each with the invited councils' answers, the
 * feedback verdicts and the outcome. Contributions' texts are only in the single-process answer,
 * and only when the public may read them. Drafts do not exist here.
 */
@RestController
@JsonApi
@RequestMapping(path = "/api/v1/processes", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessApiController {

  static final int MAX_SIZE = 100;

  /** One page of processes; {@code page} counts from 0. */
  record PageJson(int page, int size, long total, int totalPages, List<ProcessJson> items) {}

  record ProcessJson(
      long id,
      String title,
      String summary,
      String type,
      String status,
      String department,
      boolean wholeMunicipality,
      List<String> areas,
      List<String> themes,
      LocalDate deadline,
      Instant published,
      String url,
      List<InvitedJson> councils,
      OutcomeJson outcome) {}

  /**
   * An invited council: its answer ({@code invited | draft | contributed | declined | no_answer})
   * and the verdict of the municipality's feedback ({@code used | partly_used | not_used}); its
   * {@code councilStatus} tells a council that has closed down since ({@code nedlagt}).
   */
  record InvitedJson(
      String slug,
      String name,
      String councilStatus,
      String answer,
      String feedback,
      @JsonInclude(JsonInclude.Include.NON_NULL) ContributionJson contribution) {}

  record ContributionJson(
      Instant sent,
      String text,
      List<AddendumJson> addenda,
      List<FileJson> attachments,
      String feedbackText) {}

  record AddendumJson(Instant sent, String text) {}

  record FileJson(String filename, String contentType, long size, String url) {}

  record OutcomeJson(String text, LocalDate date, String committee, String minutesUrl) {}

  private final ProcessQueries queries;
  private final DocumentManagement documents;
  private final ProcessViews views;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;

  ProcessApiController(
      ProcessQueries queries,
      DocumentManagement documents,
      ProcessViews views,
      AreaManagement areas,
      OrganisationManagement organisation) {
    this.queries = queries;
    this.documents = documents;
    this.views = views;
    this.areas = areas;
    this.organisation = organisation;
  }

  @GetMapping
  PageJson processes(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String area,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String status) {
    if (page < 0) {
      throw new BadApiRequest("api.processes.error.page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadApiRequest("api.processes.error.size", MAX_SIZE);
    }
    List<Area> allAreas = areas.areas();
    Optional<ProcessFilter> filter =
        views.filter(new PublicPages.Filters(area, theme, type, status), allAreas);
    Page<InvolvementProcess> found =
        filter.isPresent() ? queries.publishedProcesses(filter.get(), page, size) : Page.empty();
    List<InvolvementProcess> processes = found.getContent();
    Map<Long, List<Invitation>> invitations =
        queries.invitationsOf(processes.stream().map(InvolvementProcess::getId).toList());
    Lookups lookups =
        lookups(
            allAreas,
            invitations.values().stream()
                .flatMap(List::stream)
                .map(Invitation::getCouncilId)
                .toList());
    Map<Long, Department> departments =
        organisation.departmentsById(
            processes.stream()
                .map(InvolvementProcess::getDepartmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<Long, Committee> committees =
        organisation.committeesById(
            processes.stream()
                .map(InvolvementProcess::getOutcomeCommitteeId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<ProcessJson> items =
        processes.stream()
            .map(
                process ->
                    json(
                        process,
                        invitations.getOrDefault(process.getId(), List.of()),
                        lookups,
                        departments,
                        committees,
                        null))
            .toList();
    return new PageJson(page, size, found.getTotalElements(), found.getTotalPages(), items);
  }

  @GetMapping("/{id}")
  ProcessJson process(@PathVariable Long id) {
    InvolvementProcess process = queries.publishedProcess(id);
    List<Invitation> invitations = queries.invitationsOf(id);
    Map<Long, List<FileSummary>> attachments =
        documents.attachmentSummaries(
            invitations.stream()
                .filter(Invitation::isPubliclyVisible)
                .map(Invitation::getId)
                .toList());
    List<Long> departmentIds =
        process.getDepartmentId() == null ? List.of() : List.of(process.getDepartmentId());
    List<Long> committeeIds =
        process.getOutcomeCommitteeId() == null
            ? List.of()
            : List.of(process.getOutcomeCommitteeId());
    return json(
        process,
        invitations,
        lookups(areas.areas(), invitations.stream().map(Invitation::getCouncilId).toList()),
        organisation.departmentsById(departmentIds),
        organisation.committeesById(committeeIds),
        attachments);
  }

  /** Names and slugs that every answer needs, each list read once. */
  private record Lookups(
      List<Area> areaList,
      Map<Long, Area> areas,
      Map<Long, Theme> themes,
      Map<Long, Council> councils) {}

  private Lookups lookups(List<Area> all, Collection<Long> councilIds) {
    return new Lookups(
        all,
        all.stream().collect(Collectors.toMap(Area::getId, Function.identity())),
        organisation.themes().stream().collect(Collectors.toMap(Theme::getId, Function.identity())),
        views.councilsById(councilIds));
  }

  /**
   * The process as JSON; with {@code attachments} (the single-process answer) its contributions.
   */
  private ProcessJson json(
      InvolvementProcess process,
      List<Invitation> invitations,
      Lookups lookups,
      Map<Long, Department> departments,
      Map<Long, Committee> committees,
      Map<Long, List<FileSummary>> attachments) {
    LocalDate today = queries.today();
    List<InvitedJson> councils = new ArrayList<>();
    for (Invitation invitation : invitations) {
      Council council = lookups.councils().get(invitation.getCouncilId());
      if (council == null) {
        continue;
      }
      FeedbackVerdict verdict = invitation.getFeedbackVerdict();
      councils.add(
          new InvitedJson(
              council.getSlug(),
              council.getName(),
              council.getStatus().apiValue(),
              invitation.answerState(process, today).apiValue(),
              verdict == null ? null : verdict.apiValue(),
              attachments != null && invitation.isPubliclyVisible()
                  ? contribution(process, invitation, attachments)
                  : null));
    }
    councils.sort(Comparator.comparing(InvitedJson::slug));
    Department department = departments.get(process.getDepartmentId());
    Committee committee = committees.get(process.getOutcomeCommitteeId());
    return new ProcessJson(
        process.getId(),
        process.getTitle(),
        process.getSummary(),
        process.getType().apiValue(),
        process.getStatus().apiValue(),
        department == null ? null : department.getName(),
        process.isWholeMunicipality(),
        process.getAreaIds().stream()
            .map(lookups.areas()::get)
            .filter(Objects::nonNull)
            .map(Area::getSlug)
            .sorted()
            .toList(),
        process.getThemeIds().stream()
            .map(lookups.themes()::get)
            .filter(Objects::nonNull)
            .map(Theme::getSlug)
            .sorted()
            .toList(),
        process.getDeadline(),
        process.getPublishedAt(),
        "/inddragelser/" + process.getId(),
        councils,
        process.getOutcomeText() == null
            ? null
            : new OutcomeJson(
                process.getOutcomeText(),
                process.getOutcomeDate(),
                committee == null ? null : committee.getName(),
                process.getOutcomeMinutesUrl()));
  }

  private static ContributionJson contribution(
      InvolvementProcess process, Invitation invitation, Map<Long, List<FileSummary>> attachments) {
    return new ContributionJson(
        invitation.getSentAt(),
        invitation.getSentText(),
        invitation.getAddenda().stream()
            .map(a -> new AddendumJson(a.getSentAt(), a.getText()))
            .toList(),
        attachments.getOrDefault(invitation.getId(), List.of()).stream()
            .map(
                a ->
                    new FileJson(
                        a.filename(),
                        a.contentType(),
                        a.sizeBytes(),
                        "/inddragelser/" + process.getId() + "/bilag/" + a.id()))
            .toList(),
        invitation.getFeedbackText());
  }
}
