package dk.samspil.involvement;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMember;
import dk.samspil.notification.Outbox;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.AuditEvent;
import dk.samspil.shared.DanishDates;
import dk.samspil.shared.NotFoundException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The involvement module's API: the life of a process from the employee's draft to the recorded
 * outcome, the councils' drafts and answers, and the municipality's feedback. Every step that
 * concerns a council is mailed to it through the outbox.
 */
@Service
@Transactional(readOnly = true)
public class InvolvementManagement {

  /** No process or invitation with that id (or not one the public may see). */
  public static class ProcessNotFound extends NotFoundException {
    ProcessNotFound(Object id) {
      super("error.process-not-found", id);
    }
  }

  private final InvolvementProcesses processes;
  private final Invitations invitations;
  private final ProcessDocuments documents;
  private final ContributionAttachments attachments;
  private final Notices notices;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final Outbox outbox;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final DeadlinePolicy.Minimums minimums;
  private final String baseUrl;

  InvolvementManagement(
      InvolvementProcesses processes,
      Invitations invitations,
      ProcessDocuments documents,
      ContributionAttachments attachments,
      Notices notices,
      CouncilManagement councils,
      AreaManagement areas,
      OrganisationManagement organisation,
      AccountManagement accounts,
      Outbox outbox,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${samspil.involvement.minimum-weeks.municipal-plan-hearing:8}") int planHearingWeeks,
      @Value("${samspil.involvement.minimum-weeks.local-plan:4}") int localPlanWeeks,
      @Value("${samspil.involvement.minimum-weeks.other:3}") int otherWeeks,
      @Value("${samspil.base-url}") String baseUrl) {
    this.processes = processes;
    this.invitations = invitations;
    this.documents = documents;
    this.attachments = attachments;
    this.notices = notices;
    this.councils = councils;
    this.areas = areas;
    this.organisation = organisation;
    this.accounts = accounts;
    this.outbox = outbox;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
    this.minimums = new DeadlinePolicy.Minimums(planHearingWeeks, localPlanWeeks, otherWeeks);
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- the employee's side -------------------------------------------------------------------

  @Transactional
  public InvolvementProcess create(ProcessDraft draft, Long by) {
    return processes.save(new InvolvementProcess(draft, by, clock.instant()));
  }

  @Transactional
  public InvolvementProcess edit(Long processId, ProcessDraft draft) {
    InvolvementProcess process = process(processId);
    process.edit(draft);
    return process;
  }

  public InvolvementProcess process(Long id) {
    return processes.findById(id).orElseThrow(() -> new ProcessNotFound(id));
  }

  /** A published process, for the public; drafts do not exist for them. */
  public InvolvementProcess publishedProcess(Long id) {
    InvolvementProcess process = process(id);
    if (!process.getStatus().isPublic()) {
      throw new ProcessNotFound(id);
    }
    return process;
  }

  /** The councils Samspil proposes for a process, with reasons, and areas without a council. */
  public RoutingPolicy.Routing proposeCouncils(Long processId) {
    InvolvementProcess process = process(processId);
    Map<Long, String> themeNames =
        organisation.themes().stream().collect(Collectors.toMap(Theme::getId, Theme::getName));
    List<RoutingPolicy.Candidate> candidates =
        councils.councils().stream()
            .filter(council -> council.getStatus().isRepresenting())
            .map(
                c ->
                    new RoutingPolicy.Candidate(
                        c.getId(), c.getName(), c.getAreaId(), c.getThemeIds()))
            .toList();
    Set<Long> allAreas = areas.areas().stream().map(Area::getId).collect(Collectors.toSet());
    return RoutingPolicy.propose(
        process.isWholeMunicipality(),
        process.getAreaIds(),
        process.getThemeIds(),
        candidates,
        themeNames,
        allAreas);
  }

  /** The deadline check for inviting these councils, counted from today. */
  public DeadlinePolicy.Check checkDeadline(Long processId, Collection<Long> councilIds) {
    InvolvementProcess process = process(processId);
    Map<Long, Council> byId = councilsById(councilIds);
    List<DeadlinePolicy.Invited> invited =
        councilIds.stream()
            .map(byId::get)
            .filter(Objects::nonNull)
            .map(c -> new DeadlinePolicy.Invited(c.getId(), c.getName(), rhythmOf(c)))
            .toList();
    return DeadlinePolicy.check(
        today(),
        process.getDeadline(),
        process.getType(),
        process.isMunicipalPlanHearing(),
        invited,
        minimums);
  }

  /** How a council's profile describes its meetings. */
  static MeetingRhythm rhythmOf(Council council) {
    return MeetingRhythm.parse(council.getMeetingRhythm());
  }

  /**
   * Publishes a draft: invites the chosen councils (with Samspil's reasons, or „chosen by the
   * employee„), tells them and the contact persons of affected areas without a council by e-mail.
   */
  @Transactional
  public void publish(Long processId, Set<Long> councilIds) {
    InvolvementProcess process = process(processId);
    RoutingPolicy.Routing routing = proposeCouncils(processId);
    Map<Long, RoutingPolicy.Proposal> proposed =
        routing.proposals().stream()
            .collect(Collectors.toMap(RoutingPolicy.Proposal::councilId, Function.identity()));
    Map<Long, Council> chosen = councilsById(councilIds);
    process.publish(today(), chosen.size(), clock.instant());
    for (Council council : chosen.values()) {
      RoutingPolicy.Proposal proposal = proposed.get(council.getId());
      String reasons = proposal != null ? proposal.encodedReasons() : RoutingPolicy.MANUAL + "=";
      invitations.save(new Invitation(process.getId(), council.getId(), reasons));
      mailCouncil(
          council,
          "mail.process.invited.subject",
          "mail.process.invited.body",
          process.getTitle(),
          DanishDates.format(process.getDeadline()),
          link(process));
    }
    for (Long areaId : routing.areasWithoutCouncil()) {
      Area area = areas.areasById(List.of(areaId)).get(areaId);
      organisation
          .contactPerson(area == null ? null : area.getContactPersonId())
          .ifPresent(
              person ->
                  outbox.enqueue(
                      person.getEmail(),
                      text("mail.process.no-council.subject", process.getTitle()),
                      text(
                          "mail.process.no-council.body",
                          process.getTitle(),
                          area.getName(),
                          DanishDates.format(process.getDeadline()),
                          link(process))));
    }
  }

  /** Moves the deadline later and tells the invited councils. */
  @Transactional
  public void extendDeadline(Long processId, LocalDate newDeadline) {
    InvolvementProcess process = process(processId);
    process.extendDeadline(newDeadline, today());
    if (process.getStatus() == ProcessStatus.AABEN) {
      for (Council council : invitedCouncils(process).values()) {
        mailCouncil(
            council,
            "mail.process.deadline.subject",
            "mail.process.deadline.body",
            process.getTitle(),
            DanishDates.format(newDeadline),
            link(process));
      }
    }
  }

  @Transactional
  public void closeForContributions(Long processId) {
    process(processId).closeForContributions();
  }

  /** Records the outcome and tells every invited council. */
  @Transactional
  public void recordOutcome(
      Long processId, String text, LocalDate date, Long committeeId, String minutesUrl) {
    InvolvementProcess process = process(processId);
    process.recordOutcome(text, date, committeeId, minutesUrl, clock.instant());
    for (Council council : invitedCouncils(process).values()) {
      mailCouncil(
          council,
          "mail.process.outcome.subject",
          "mail.process.outcome.body",
          process.getTitle(),
          link(process));
    }
  }

  @Transactional
  public void close(Long processId) {
    process(processId).close(clock.instant());
  }

  /** The municipality's feedback on one contribution; the council is told. */
  @Transactional
  public void giveFeedback(Long invitationId, FeedbackVerdict verdict, String text, Long by) {
    Invitation invitation = invitation(invitationId);
    invitation.giveFeedback(verdict, text, by, clock.instant());
    InvolvementProcess process = process(invitation.getProcessId());
    councilsById(List.of(invitation.getCouncilId()))
        .values()
        .forEach(
            council ->
                mailCouncil(
                    council,
                    "mail.process.feedback.subject",
                    "mail.process.feedback.body",
                    process.getTitle(),
                    text(verdict.messageKey()),
                    link(process)));
  }

  /** Staff hide a contribution from the public, with a reason that the audit log keeps. */
  @Transactional
  public void hideContribution(Long invitationId, String reason, Long by) {
    Invitation invitation = invitation(invitationId);
    invitation.hide(reason, by, clock.instant());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("hidden", true);
    after.put("reason", invitation.getHiddenReason());
    events.publishEvent(
        AuditEvent.of(
            "hidden",
            "contribution",
            invitationId,
            "process " + invitation.getProcessId(),
            Map.of("hidden", false),
            after));
  }

  // ---- the council's side --------------------------------------------------------------------

  public Invitation invitation(Long id) {
    return invitations.findById(id).orElseThrow(() -> new ProcessNotFound(id));
  }

  /** The council's invitation to the process, if it was invited. */
  public java.util.Optional<Invitation> invitationOf(Long processId, Long councilId) {
    return invitations.findByProcessIdAndCouncilId(processId, councilId);
  }

  /** Every invitation of a council, newest process first. */
  public List<Invitation> inbox(Long councilId) {
    List<Invitation> list = new ArrayList<>(invitations.findByCouncilId(councilId));
    list.sort(java.util.Comparator.comparing(Invitation::getProcessId).reversed());
    return list;
  }

  @Transactional
  public Invitation saveDraft(Long invitationId, String text, int basedOn, Long by) {
    Invitation invitation = invitation(invitationId);
    invitation.saveDraft(text, basedOn, by, clock.instant(), acceptsAnswers(invitation));
    return invitation;
  }

  @Transactional
  public void send(Long invitationId, boolean isPublic, Long by) {
    Invitation invitation = invitation(invitationId);
    invitation.send(by, clock.instant(), acceptsAnswers(invitation), isPublic);
  }

  @Transactional
  public void decline(Long invitationId, String reason, Long by) {
    Invitation invitation = invitation(invitationId);
    invitation.decline(reason, by, clock.instant(), acceptsAnswers(invitation));
  }

  @Transactional
  public void addAddendum(Long invitationId, String text, Long by) {
    Invitation invitation = invitation(invitationId);
    invitation.addAddendum(text, by, clock.instant(), acceptsAnswers(invitation));
  }

  @Transactional
  public ContributionAttachment attach(
      Long invitationId, String filename, String contentType, byte[] content, Long by) {
    Invitation invitation = invitation(invitationId);
    if (!acceptsAnswers(invitation) || invitation.getState() == Invitation.State.DECLINED) {
      throw IllegalTransition.because("invitation.closed");
    }
    if (invitation.getState() == Invitation.State.CONTRIBUTED) {
      throw IllegalTransition.because("invitation.attachment.sent");
    }
    return attachments.save(
        new ContributionAttachment(invitationId, filename, contentType, content, by));
  }

  public List<ContributionAttachment> attachments(Long invitationId) {
    return attachments.findByInvitationIdOrderByUploadedAt(invitationId);
  }

  public ContributionAttachment attachment(Long id) {
    return attachments.findById(id).orElseThrow(() -> new ProcessNotFound(id));
  }

  private boolean acceptsAnswers(Invitation invitation) {
    return process(invitation.getProcessId()).acceptsAnswers(today());
  }

  // ---- documents and notices -----------------------------------------------------------------

  @Transactional
  public ProcessDocument addLink(Long processId, String title, String url) {
    process(processId);
    return documents.save(ProcessDocument.link(processId, title, url));
  }

  @Transactional
  public ProcessDocument addFile(
      Long processId, String title, String filename, String contentType, byte[] content) {
    process(processId);
    return documents.save(ProcessDocument.file(processId, title, filename, contentType, content));
  }

  public List<ProcessDocument> documents(Long processId) {
    return documents.findByProcessIdOrderByUploadedAt(processId);
  }

  public ProcessDocument document(Long id) {
    return documents.findById(id).orElseThrow(() -> new ProcessNotFound(id));
  }

  /** Publishes a notice and mails the chosen councils and those of the chosen areas. */
  @Transactional
  public Notice publishNotice(
      String title,
      String body,
      Long departmentId,
      Set<Long> areaIds,
      Set<Long> councilIds,
      Long by) {
    Notice notice =
        notices.save(
            new Notice(title, body, departmentId, by, areaIds, councilIds, clock.instant()));
    Set<Long> recipients = new LinkedHashSet<>(councilIds);
    councils
        .councilsByArea()
        .forEach(
            (areaId, council) -> {
              if (areaIds.contains(areaId)) {
                recipients.add(council.getId());
              }
            });
    for (Council council : councilsById(recipients).values()) {
      mailCouncil(
          council,
          "mail.notice.subject",
          "mail.notice.body",
          title,
          baseUrl + "/orienteringer/" + notice.getId());
    }
    return notice;
  }

  // ---- queries for pages and the API -----------------------------------------------------------

  public List<Invitation> invitationsOf(Long processId) {
    return invitations.findByProcessId(processId);
  }

  public Map<Long, List<Invitation>> invitationsOf(Collection<Long> processIds) {
    return invitations.findByProcessIdIn(processIds).stream()
        .collect(Collectors.groupingBy(Invitation::getProcessId));
  }

  public List<InvolvementProcess> processesAffecting(Long areaId) {
    return processes.findPublishedAffecting(areaId);
  }

  // ==== Staff side (issue 4): lists, overview, documents, deadline, jobs ======================
  // The staff pages' additions, kept in one block to ease merging with the council side's.

  /** Advisory lock keys of the scheduled jobs: any constants unique in the database. */
  static final long REMINDER_JOB_LOCK = 0x5a4d_5049_0001L;

  static final long DEADLINE_JOB_LOCK = 0x5a4d_5049_0002L;

  /**
   * Processes for the staff list: of one department (all if null) and one status (all if null), in
   * the order of their life (drafts first), newest first within a status.
   */
  public Page<InvolvementProcess> staffProcesses(
      Long departmentId, ProcessStatus status, int page, int size) {
    Specification<InvolvementProcess> spec =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (departmentId != null) {
            where.add(cb.equal(root.get("departmentId"), departmentId));
          }
          if (status != null) {
            where.add(cb.equal(root.get("status"), status));
          }
          if (query != null && !Long.class.equals(query.getResultType())) {
            query.orderBy(
                cb.asc(lifeOrder(root, cb)),
                cb.desc(root.get("createdAt")),
                cb.desc(root.get("id")));
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    return processes.findAll(spec, PageRequest.of(Math.max(0, page), size));
  }

  /**
   * Published processes for the overview, in the order of their life (open first), the nearest
   * deadline first within a status.
   */
  public Page<InvolvementProcess> publishedProcesses(int page, int size) {
    Specification<InvolvementProcess> spec =
        (root, query, cb) -> {
          if (query != null && !Long.class.equals(query.getResultType())) {
            query.orderBy(
                cb.asc(lifeOrder(root, cb)), cb.asc(root.get("deadline")), cb.asc(root.get("id")));
          }
          return cb.notEqual(root.get("status"), ProcessStatus.KLADDE);
        };
    return processes.findAll(spec, PageRequest.of(Math.max(0, page), size));
  }

  private static Expression<Integer> lifeOrder(Root<InvolvementProcess> root, CriteriaBuilder cb) {
    CriteriaBuilder.SimpleCase<ProcessStatus, Integer> order = cb.selectCase(root.get("status"));
    for (ProcessStatus status : ProcessStatus.values()) {
      order = order.when(status, status.ordinal());
    }
    return order.otherwise(ProcessStatus.values().length);
  }

  /** How many processes there are in each status (zero included). */
  public Map<ProcessStatus, Long> processCountsByStatus() {
    Map<ProcessStatus, Long> counts = new java.util.EnumMap<>(ProcessStatus.class);
    for (ProcessStatus status : ProcessStatus.values()) {
      counts.put(status, 0L);
    }
    for (Object[] row : processes.countByStatus()) {
      counts.put((ProcessStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** The answers and feedback so far of each process, by process id, in one query. */
  public Map<Long, ProcessProgress> progressOf(Collection<InvolvementProcess> list) {
    Map<Long, List<Invitation>> byProcess =
        invitationsOf(list.stream().map(InvolvementProcess::getId).toList());
    LocalDate today = today();
    Map<Long, ProcessProgress> progress = new LinkedHashMap<>();
    for (InvolvementProcess process : list) {
      progress.put(
          process.getId(),
          ProcessProgress.of(process, byProcess.getOrDefault(process.getId(), List.of()), today));
    }
    return progress;
  }

  /** Processes by id, in one query. */
  public Map<Long, InvolvementProcess> processesById(Collection<Long> ids) {
    return processes.findAllById(ids).stream()
        .collect(Collectors.toMap(InvolvementProcess::getId, Function.identity()));
  }

  /** Contributions that still wait for feedback more than four weeks after their deadline. */
  public List<Invitation> contributionsWithOverdueFeedback() {
    return invitations.findAwaitingFeedbackWithDeadlineBefore(
        today().minusWeeks(ProcessProgress.FEEDBACK_WEEKS));
  }

  /** The councils that may be invited: those that represent their area (active or being set up). */
  public List<Council> invitableCouncils() {
    return councils.councils().stream()
        .filter(council -> council.getStatus().isRepresenting())
        .toList();
  }

  /**
   * Moves a draft's or open process's deadline to the earliest one without warnings for these
   * councils (the one-click extension of the deadline check).
   *
   * @return the new deadline
   */
  @Transactional
  public LocalDate extendToSuggestedDeadline(Long processId, Collection<Long> councilIds) {
    LocalDate suggested = checkDeadline(processId, councilIds).suggestedDeadline();
    extendDeadline(processId, suggested);
    return suggested;
  }

  /** The process's documents without their content. */
  public List<FileSummary> documentSummaries(Long processId) {
    return documents.summariesOf(processId);
  }

  /** The attachments of these invitations without their content, by invitation id. */
  public Map<Long, List<FileSummary>> attachmentSummaries(Collection<Long> invitationIds) {
    if (invitationIds.isEmpty()) {
      return Map.of();
    }
    return attachments.summariesOf(invitationIds).stream()
        .collect(Collectors.groupingBy(FileSummary::ownerId));
  }

  /** Removes a document from a process that is still a draft. */
  @Transactional
  public void removeDocument(Long processId, Long documentId) {
    if (process(processId).getStatus() != ProcessStatus.KLADDE) {
      throw IllegalTransition.because("process.edit.published");
    }
    ProcessDocument document = document(documentId);
    if (!document.getProcessId().equals(processId)) {
      throw new ProcessNotFound(documentId);
    }
    documents.delete(document);
  }

  /** Notices, newest first. */
  public Page<Notice> notices(int page, int size) {
    return notices.findAllByOrderByPublishedAtDesc(PageRequest.of(Math.max(0, page), size));
  }

  /**
   * Reminds, once, every invited council that has not answered, when the deadline is at most {@code
   * daysBefore} days away. Runs once across all instances: a second instance finds the lock taken
   * and does nothing.
   *
   * @return how many invitations were reminded
   */
  @Transactional
  public int sendReminders(int daysBefore) {
    if (!processes.tryAdvisoryTransactionLock(REMINDER_JOB_LOCK)) {
      return 0;
    }
    LocalDate today = today();
    List<Invitation> due =
        invitations.findUnansweredWithDeadlineBetween(today, today.plusDays(daysBefore));
    Map<Long, InvolvementProcess> byId =
        processes
            .findAllById(due.stream().map(Invitation::getProcessId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(InvolvementProcess::getId, Function.identity()));
    Map<Long, Council> councilsById =
        councilsById(due.stream().map(Invitation::getCouncilId).toList());
    int reminded = 0;
    for (Invitation invitation : due) {
      InvolvementProcess process = byId.get(invitation.getProcessId());
      Council council = councilsById.get(invitation.getCouncilId());
      if (process == null
          || council == null
          || !invitation.isDueForReminder(process, today, clock.getZone(), daysBefore)) {
        continue;
      }
      invitation.remind(clock.instant());
      mailCouncil(
          council,
          "mail.process.reminder.subject",
          "mail.process.reminder.body",
          process.getTitle(),
          DanishDates.format(process.getDeadline()),
          link(process));
      reminded++;
    }
    return reminded;
  }

  /**
   * Moves every open process whose deadline has passed to „under behandling„. Runs once across all
   * instances, like {@link #sendReminders}.
   *
   * @return how many processes were moved
   */
  @Transactional
  public int closeProcessesPastDeadline() {
    if (!processes.tryAdvisoryTransactionLock(DEADLINE_JOB_LOCK)) {
      return 0;
    }
    List<InvolvementProcess> due =
        processes.findByStatusAndDeadlineBefore(ProcessStatus.AABEN, today());
    due.forEach(InvolvementProcess::closeForContributions);
    return due.size();
  }

  // ==== End of the staff side's block ============================================================

  // ---- helpers -------------------------------------------------------------------------------

  private Map<Long, Council> invitedCouncils(InvolvementProcess process) {
    return councilsById(
        invitations.findByProcessId(process.getId()).stream()
            .map(Invitation::getCouncilId)
            .toList());
  }

  Map<Long, Council> councilsById(Collection<Long> ids) {
    Set<Long> wanted = Set.copyOf(ids);
    return councils.councils().stream()
        .filter(council -> wanted.contains(council.getId()))
        .collect(
            Collectors.toMap(Council::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /** Mails a council: its members, and its public address if it has one. */
  private void mailCouncil(Council council, String subjectKey, String bodyKey, Object... args) {
    Set<String> to = new LinkedHashSet<>();
    List<Long> memberIds =
        councils.members(council.getId()).stream().map(CouncilMember::getAccountId).toList();
    accounts.accountsById(memberIds).values().stream()
        .filter(account -> account.getStatus() == dk.samspil.account.AccountStatus.ACTIVE)
        .map(Account::mailAddress)
        .forEach(to::add);
    if (council.getPublicEmail() != null) {
      to.add(council.getPublicEmail());
    }
    Object[] withCouncil = new Object[args.length + 1];
    withCouncil[0] = council.getName();
    System.arraycopy(args, 0, withCouncil, 1, args.length);
    for (String recipient : to) {
      outbox.enqueue(recipient, text(subjectKey, withCouncil), text(bodyKey, withCouncil));
    }
  }

  private String link(InvolvementProcess process) {
    return baseUrl + "/inddragelser/" + process.getId();
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.forLanguageTag("da"));
  }

  // ==== Council side, public pages and open data (issue 4, parts 3, 5 and 6) ====================
  // Kept together at the end of the class to ease merging with the staff side.

  /** Published processes that match the filter, newest first, one page of them. */
  public org.springframework.data.domain.Page<InvolvementProcess> publishedProcesses(
      ProcessFilter filter, int page, int size) {
    org.springframework.data.jpa.domain.Specification<InvolvementProcess> spec =
        (root, query, cb) -> {
          List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
          where.add(cb.notEqual(root.get("status"), ProcessStatus.KLADDE));
          if (filter.status() != null) {
            where.add(cb.equal(root.get("status"), filter.status()));
          }
          if (filter.type() != null) {
            where.add(cb.equal(root.get("type"), filter.type()));
          }
          if (filter.areaId() != null) {
            where.add(
                cb.or(
                    cb.isTrue(root.get("wholeMunicipality")),
                    cb.isMember(filter.areaId(), root.<java.util.Collection<Long>>get("areaIds"))));
          }
          if (filter.themeId() != null) {
            where.add(
                cb.isMember(filter.themeId(), root.<java.util.Collection<Long>>get("themeIds")));
          }
          return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    return processes.findAll(
        spec,
        org.springframework.data.domain.PageRequest.of(
            page,
            size,
            org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Order.desc("publishedAt"),
                org.springframework.data.domain.Sort.Order.desc("id"))));
  }

  /** The council, by id (also one that is closed down). */
  public java.util.Optional<Council> council(Long councilId) {
    return councils.councils().stream()
        .filter(council -> council.getId().equals(councilId))
        .findFirst();
  }

  /** The council's invitation to the process; not found when the council was not invited. */
  public Invitation invitationFor(Long processId, Long councilId) {
    return invitations
        .findByProcessIdAndCouncilId(processId, councilId)
        .orElseThrow(() -> new ProcessNotFound(processId));
  }

  /**
   * Saves the council's draft, unless the text is what is saved already (then nothing changes,
   * whatever version the member started from). A save based on an old version is refused with
   * {@link DraftConflict}.
   */
  @Transactional
  public Invitation saveDraftIfChanged(Long invitationId, String text, int basedOn, Long by) {
    Invitation invitation = invitation(invitationId);
    String normalised = text == null ? "" : text.replace("\r\n", "\n");
    if (normalised.equals(invitation.getDraftText())) {
      return invitation;
    }
    invitation.saveDraft(normalised, basedOn, by, clock.instant(), acceptsAnswers(invitation));
    return invitation;
  }

  /**
   * Sends the contribution with the text the member sees: the draft is saved first if it changed
   * (and refused with {@link DraftConflict} if someone else saved in between), then fixed.
   */
  @Transactional
  public void sendContribution(
      Long invitationId, String text, int basedOn, boolean isPublic, Long by) {
    saveDraftIfChanged(invitationId, text, basedOn, by);
    send(invitationId, isPublic, by);
  }

  /**
   * Attaches a file to the draft after checking it: PDF, PNG or JPEG by its content, at most {@link
   * AttachmentFiles#MAX_BYTES}.
   */
  @Transactional
  public ContributionAttachment attachFile(
      Long invitationId, String filename, byte[] content, Long by) {
    if (content == null || content.length == 0) {
      throw IllegalTransition.because("council.contribution.attachment.empty");
    }
    if (content.length > AttachmentFiles.MAX_BYTES) {
      throw IllegalTransition.because("council.contribution.attachment.too-large");
    }
    String type =
        AttachmentFiles.sniff(content)
            .orElseThrow(() -> IllegalTransition.because("council.contribution.attachment.type"));
    return attach(invitationId, AttachmentFiles.safeName(filename, type), type, content, by);
  }

  /** Removes an attachment from a draft that has not been sent. */
  @Transactional
  public void removeAttachment(Long invitationId, Long attachmentId) {
    Invitation invitation = invitation(invitationId);
    ContributionAttachment attachment = attachment(attachmentId);
    if (!attachment.getInvitationId().equals(invitationId)) {
      throw new ProcessNotFound(attachmentId);
    }
    if (!acceptsAnswers(invitation) || invitation.getState() == Invitation.State.DECLINED) {
      throw IllegalTransition.because("invitation.closed");
    }
    if (invitation.getState() == Invitation.State.CONTRIBUTED) {
      throw IllegalTransition.because("council.contribution.attachment.fixed");
    }
    attachments.delete(attachment);
  }

  /** Notices, newest first; with an area, those about the area or sent to its council. */
  public org.springframework.data.domain.Page<Notice> notices(Long areaId, int page, int size) {
    var pageable = org.springframework.data.domain.PageRequest.of(page, size);
    if (areaId == null) {
      return notices.findAllByOrderByPublishedAtDesc(pageable);
    }
    Long councilId = councils.councilOf(areaId).map(Council::getId).orElse(-1L);
    return notices.findConcerning(areaId, councilId, pageable);
  }

  public Notice notice(Long id) {
    return notices.findById(id).orElseThrow(() -> new NoticeNotFound(id));
  }

  /** An attachment of a contribution to the process; not found when it belongs to another. */
  public ContributionAttachment attachmentOf(Long processId, Long attachmentId) {
    ContributionAttachment attachment = attachment(attachmentId);
    if (!invitation(attachment.getInvitationId()).getProcessId().equals(processId)) {
      throw new ProcessNotFound(processId);
    }
    return attachment;
  }

  /** An uploaded document of a published process; not found for links and other processes. */
  public ProcessDocument publishedDocument(Long processId, Long documentId) {
    publishedProcess(processId);
    ProcessDocument document = document(documentId);
    if (!document.getProcessId().equals(processId) || document.isLink()) {
      throw new ProcessNotFound(processId);
    }
    return document;
  }

  /** No notice with that id. */
  public static class NoticeNotFound extends NotFoundException {
    NoticeNotFound(Object id) {
      super("public.notice.not-found", id);
    }
  }
}
