package dk.samspil.involvement.web.contact;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.ContactPersonDesk;
import dk.samspil.involvement.CouncilWorkload;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.FileSummary;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the contact person's pages from the modules' services, in a fixed number of queries
 * however many councils, processes and areas she has.
 */
@Component
@Transactional(readOnly = true)
class ContactViews {

  static final int PAGE_SIZE = 20;
  static final int MATTERS = 20;
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  private final ContactPersonDesk desk;
  private final ProcessQueries queries;
  private final DocumentManagement documents;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;

  ContactViews(
      ContactPersonDesk desk,
      ProcessQueries queries,
      DocumentManagement documents,
      CouncilManagement councils,
      AreaManagement areas,
      OrganisationManagement organisation) {
    this.desk = desk;
    this.queries = queries;
    this.documents = documents;
    this.councils = councils;
    this.areas = areas;
    this.organisation = organisation;
  }

  /** What the account looks after; an account that is no contact person is refused. */
  private ContactPersonDesk.Scope scope(long accountId) {
    return desk.scopeOf(accountId)
        .orElseThrow(() -> new AccessDeniedException("The account is no contact person"));
  }

  DeskPage deskPage(long accountId, int page) {
    ContactPersonDesk.Scope scope = scope(accountId);
    Set<Long> councilIds = scope.councilIds();
    Map<Long, CouncilWorkload> workloads = queries.workloadOf(councilIds);
    List<DeskPage.CouncilRow> councilRows =
        scope.councils().stream()
            .map(
                council ->
                    new DeskPage.CouncilRow(
                        council.getSlug(),
                        council.getName(),
                        council.getStatus(),
                        workloads.get(council.getId()),
                        council.profile().capacity(),
                        council.profile().meetingRhythm()))
            .toList();

    Page<InvolvementProcess> found =
        queries.publishedProcessesInviting(councilIds, page, PAGE_SIZE);
    Map<Long, List<Invitation>> invitations =
        queries.invitationsOf(found.stream().map(InvolvementProcess::getId).toList());
    LocalDate today = queries.today();
    List<DeskPage.ProcessRow> processRows =
        found.stream()
            .map(
                process -> {
                  List<Invitation> ofHers =
                      invitations.getOrDefault(process.getId(), List.of()).stream()
                          .filter(i -> councilIds.contains(i.getCouncilId()))
                          .toList();
                  int answered =
                      (int)
                          ofHers.stream()
                              .map(i -> i.answerState(process, today))
                              .filter(
                                  s -> s == AnswerState.CONTRIBUTED || s == AnswerState.DECLINED)
                              .count();
                  return new DeskPage.ProcessRow(
                      process.getId(),
                      process.getTitle(),
                      process.getStatus(),
                      process.getDeadline(),
                      ofHers.size(),
                      answered);
                })
            .toList();

    Map<Long, Council> dormantByArea =
        scope.councils().stream()
            .filter(council -> !council.getStatus().isRepresenting())
            .collect(Collectors.toMap(Council::getAreaId, Function.identity(), (a, b) -> a));
    List<DeskPage.AreaRow> areaRows =
        scope.areasWithoutCouncil().stream()
            .map(
                area ->
                    new DeskPage.AreaRow(
                        area.getSlug(),
                        area.getName(),
                        dormantByArea.containsKey(area.getId())
                            ? dormantByArea.get(area.getId()).getName()
                            : null))
            .toList();
    List<DeskPage.MatterRow> matters =
        desk.areaMatters(scope, MATTERS).stream()
            .map(
                matter ->
                    new DeskPage.MatterRow(
                        matter.process().getId(),
                        matter.process().getTitle(),
                        matter.area().getName(),
                        matter.process().getDeadline(),
                        matter.mail() == null ? null : matter.mail().status(),
                        matter.mail() == null
                            ? null
                            : mailedAt(matter.mail().sentAt(), matter.mail().createdAt())))
            .toList();
    return new DeskPage(
        scope.person().getName(),
        scope.person().getTitle(),
        councilRows,
        processRows,
        found.getNumber(),
        Math.max(0, found.getTotalPages() - 1),
        areaRows,
        matters);
  }

  private static Instant mailedAt(Instant sentAt, Instant createdAt) {
    return sentAt != null ? sentAt : createdAt;
  }

  /**
   * The process, if one of her councils is invited to it.
   *
   * @throws AccessDeniedException if none of her councils is invited (ProcessNotFound, if there is
   *     no such published process)
   */
  ContactProcessPage processPage(long accountId, Long processId) {
    InvolvementProcess process = queries.publishedProcess(processId);
    ContactPersonDesk.Scope scope = scope(accountId);
    Set<Long> hers = scope.councilIds();
    if (!queries.invitesAny(processId, hers)) {
      throw new AccessDeniedException("None of the contact person's councils is invited");
    }
    List<Invitation> invitations = queries.invitationsOf(processId);
    Map<Long, Council> invited =
        councils.councilsById(invitations.stream().map(Invitation::getCouncilId).toList());
    Map<Long, List<FileSummary>> attachments =
        documents.attachmentSummaries(
            invitations.stream()
                .filter(i -> i.getState() == Invitation.State.CONTRIBUTED)
                .map(Invitation::getId)
                .toList());
    LocalDate today = queries.today();
    List<ContactProcessPage.Answer> answers =
        invitations.stream()
            .filter(i -> invited.containsKey(i.getCouncilId()))
            .map(i -> answer(i, invited.get(i.getCouncilId()), hers, process, today, attachments))
            .sorted(
                Comparator.comparing(
                    ContactProcessPage.Answer::councilName, AreaManagement.DANISH_ORDER))
            .toList();
    Department department =
        process.getDepartmentId() == null
            ? null
            : organisation
                .departmentsById(List.of(process.getDepartmentId()))
                .get(process.getDepartmentId());
    return new ContactProcessPage(
        process.getId(),
        process.getTitle(),
        process.getSummary(),
        process.getStatus(),
        process.getType(),
        process.getDeadline(),
        department == null ? null : department.getName(),
        process.isWholeMunicipality(),
        areas.areasById(process.getAreaIds()).values().stream()
            .map(Area::getName)
            .sorted(AreaManagement.DANISH_ORDER)
            .toList(),
        answers);
  }

  private static ContactProcessPage.Answer answer(
      Invitation invitation,
      Council council,
      Set<Long> hers,
      InvolvementProcess process,
      LocalDate today,
      Map<Long, List<FileSummary>> attachments) {
    AnswerState state = invitation.answerState(process, today);
    boolean contributed = state == AnswerState.CONTRIBUTED;
    return new ContactProcessPage.Answer(
        council.getSlug(),
        council.getName(),
        hers.contains(council.getId()),
        state,
        switch (state) {
          case CONTRIBUTED -> day(invitation.getSentAt());
          case DECLINED -> day(invitation.getDeclinedAt());
          default -> null;
        },
        contributed ? invitation.getSentText() : null,
        contributed ? invitation.getAddenda() : List.of(),
        attachments.getOrDefault(invitation.getId(), List.of()),
        invitation.isContributionPublic(),
        invitation.getHiddenReason(),
        state == AnswerState.DECLINED ? invitation.getDeclineReason() : null,
        invitation.getFeedbackVerdict(),
        invitation.getFeedbackText());
  }

  private static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(DANISH_TIME).toLocalDate();
  }
}
