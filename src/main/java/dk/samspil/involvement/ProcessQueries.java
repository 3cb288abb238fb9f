package dk.samspil.involvement;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages and the open-data API read of processes and invitations: for the public (only
 * published processes), for the staff (drafts too) and for the councils (their inbox).
 */
@Service
@Transactional(readOnly = true)
public class ProcessQueries {

  private final InvolvementProcesses processes;
  private final Invitations invitations;
  private final Clock clock;

  ProcessQueries(InvolvementProcesses processes, Invitations invitations, Clock clock) {
    this.processes = processes;
    this.invitations = invitations;
    this.clock = clock;
  }

  /** Today in Denmark: the day deadlines are counted against. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * @throws ProcessNotFound if there is no such process
   */
  public InvolvementProcess process(Long id) {
    return processes.findById(id).orElseThrow(() -> ProcessNotFound.forProcess(id));
  }

  /** A published process, for the public; drafts do not exist for them. */
  public InvolvementProcess publishedProcess(Long id) {
    InvolvementProcess process = process(id);
    if (!process.getStatus().isPublic()) {
      throw ProcessNotFound.forProcess(id);
    }
    return process;
  }

  /** Processes by id, in one query. */
  public Map<Long, InvolvementProcess> processesById(Collection<Long> ids) {
    return processes.findAllById(ids).stream()
        .collect(Collectors.toMap(InvolvementProcess::getId, Function.identity()));
  }

  /**
   * @throws ProcessNotFound if there is no such invitation
   */
  public Invitation invitation(Long id) {
    return invitations.findById(id).orElseThrow(() -> ProcessNotFound.forInvitation(id));
  }

  /** The council's invitation to the process; not found when the council was not invited. */
  public Invitation invitationFor(Long processId, Long councilId) {
    return invitations
        .findByProcessIdAndCouncilId(processId, councilId)
        .orElseThrow(() -> ProcessNotFound.forProcess(processId));
  }

  /** Every invitation of a council, newest process first. */
  public List<Invitation> inbox(Long councilId) {
    List<Invitation> list = new ArrayList<>(invitations.findByCouncilId(councilId));
    list.sort(Comparator.comparing(Invitation::getProcessId).reversed());
    return list;
  }

  public List<Invitation> invitationsOf(Long processId) {
    return invitations.findByProcessId(processId);
  }

  /** The invitations of these processes, by process id, in one query. */
  public Map<Long, List<Invitation>> invitationsOf(Collection<Long> processIds) {
    return invitations.findByProcessIdIn(processIds).stream()
        .collect(Collectors.groupingBy(Invitation::getProcessId));
  }

  /** Published processes about the area or the whole municipality, newest first. */
  public List<InvolvementProcess> processesAffecting(Long areaId) {
    return processes.findPublishedAffecting(areaId);
  }

  /** Published processes that match the filter, newest first, one page of them. */
  public Page<InvolvementProcess> publishedProcesses(ProcessFilter filter, int page, int size) {
    Specification<InvolvementProcess> spec =
        (root, query, cb) -> {
          List<Predicate> where = new ArrayList<>();
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
                    cb.isMember(filter.areaId(), root.<Collection<Long>>get("areaIds"))));
          }
          if (filter.themeId() != null) {
            where.add(cb.isMember(filter.themeId(), root.<Collection<Long>>get("themeIds")));
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    return processes.findAll(
        spec,
        PageRequest.of(page, size, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
  }

  /**
   * Published processes for the staff's overview, in the order of their life (open first), the
   * nearest deadline first within a status.
   */
  public Page<InvolvementProcess> publishedProcessesByDeadline(int page, int size) {
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

  /**
   * Published processes one of the councils is invited to, in the order of their life (open first),
   * the nearest deadline first within a status: a contact person's councils' processes.
   */
  public Page<InvolvementProcess> publishedProcessesInviting(
      Collection<Long> councilIds, int page, int size) {
    if (councilIds.isEmpty()) {
      return Page.empty(PageRequest.of(Math.max(0, page), size));
    }
    Specification<InvolvementProcess> spec =
        (root, query, cb) -> {
          Subquery<Long> invited = query.subquery(Long.class);
          Root<Invitation> invitation = invited.from(Invitation.class);
          invited
              .select(invitation.get("id"))
              .where(
                  cb.equal(invitation.get("processId"), root.get("id")),
                  invitation.get("councilId").in(councilIds));
          if (!Long.class.equals(query.getResultType())) {
            query.orderBy(
                cb.asc(lifeOrder(root, cb)), cb.asc(root.get("deadline")), cb.asc(root.get("id")));
          }
          return cb.and(cb.notEqual(root.get("status"), ProcessStatus.KLADDE), cb.exists(invited));
        };
    return processes.findAll(spec, PageRequest.of(Math.max(0, page), size));
  }

  /** The newest published processes about one of the areas or the whole municipality. */
  public List<InvolvementProcess> publishedProcessesAffecting(Collection<Long> areaIds, int size) {
    return areaIds.isEmpty()
        ? List.of()
        : processes.findPublishedAffectingAny(areaIds, PageRequest.of(0, size));
  }

  /** Whether one of the councils is invited to the process. */
  public boolean invitesAny(Long processId, Collection<Long> councilIds) {
    return !councilIds.isEmpty()
        && invitations.existsByProcessIdAndCouncilIdIn(processId, councilIds);
  }

  /**
   * Each council's workload, by council id, in one query: the invitations of published processes
   * that are open, answered, declined or left without an answer, and the contributions whose
   * feedback is overdue ({@link ProcessProgress#isFeedbackOverdue}). A council without invitations
   * has {@link CouncilWorkload#NONE}.
   */
  public Map<Long, CouncilWorkload> workloadOf(Collection<Long> councilIds) {
    Map<Long, CouncilWorkload> workloads = new LinkedHashMap<>();
    councilIds.forEach(id -> workloads.put(id, CouncilWorkload.NONE));
    if (councilIds.isEmpty()) {
      return workloads;
    }
    LocalDate today = today();
    for (Object[] row :
        invitations.workloadOf(
            councilIds, today, today.minusWeeks(ProcessProgress.FEEDBACK_WEEKS))) {
      int open = count(row[1]);
      workloads.put(
          (Long) row[0],
          new CouncilWorkload(
              open, count(row[3]), count(row[4]), count(row[2]) - open, count(row[5])));
    }
    return workloads;
  }

  private static int count(Object sum) {
    return sum == null ? 0 : ((Number) sum).intValue();
  }

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

  private static Expression<Integer> lifeOrder(Root<InvolvementProcess> root, CriteriaBuilder cb) {
    CriteriaBuilder.SimpleCase<ProcessStatus, Integer> order = cb.selectCase(root.get("status"));
    for (ProcessStatus status : ProcessStatus.values()) {
      order = order.when(status, status.ordinal());
    }
    return order.otherwise(ProcessStatus.values().length);
  }

  /** How many processes there are in each status (zero included). */
  public Map<ProcessStatus, Long> processCountsByStatus() {
    Map<ProcessStatus, Long> counts = new EnumMap<>(ProcessStatus.class);
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

  /** Contributions that still wait for feedback more than four weeks after their deadline. */
  public List<Invitation> contributionsWithOverdueFeedback() {
    return invitations.findAwaitingFeedbackWithDeadlineBefore(
        today().minusWeeks(ProcessProgress.FEEDBACK_WEEKS));
  }
}
