package dk.samspil.involvement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A municipal activity that councils are asked to contribute to. Its life is guarded: only a draft
 * can be edited, publishing needs a deadline after today, a decision needs an outcome, and closing
 * needs a decision. Publishing, moving the deadline and recording the outcome register events,
 * which are published when the process is saved.
 */
@Entity
@Table(name = "involvement_process")
public class InvolvementProcess extends AbstractAggregateRoot<InvolvementProcess> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;
  private String summary;
  private String body;

  @Enumerated(EnumType.STRING)
  private ProcessType type;

  private boolean municipalPlanHearing;
  private Long departmentId;
  private Long committeeId;
  private Long contactAccountId;
  private boolean wholeMunicipality;

  @Enumerated(EnumType.STRING)
  private ProcessStatus status;

  private LocalDate deadline;
  private Long createdBy;
  private Instant createdAt;
  private Instant publishedAt;
  private String outcomeText;
  private LocalDate outcomeDate;
  private Long outcomeCommitteeId;
  private String outcomeMinutesUrl;
  private Instant decidedAt;
  private Instant closedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "process_area", joinColumns = @JoinColumn(name = "process_id"))
  @Column(name = "area_id")
  private Set<Long> areaIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "process_theme", joinColumns = @JoinColumn(name = "process_id"))
  @Column(name = "theme_id")
  private Set<Long> themeIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "process_phase", joinColumns = @JoinColumn(name = "process_id"))
  @OrderColumn(name = "position")
  private List<Phase> phases = new ArrayList<>();

  protected InvolvementProcess() {}

  InvolvementProcess(ProcessDraft draft, Long createdBy, Instant now) {
    this.status = ProcessStatus.KLADDE;
    this.createdBy = createdBy;
    this.createdAt = now;
    apply(draft);
  }

  /** Changes what the process says; only while it is a draft. */
  void edit(ProcessDraft draft) {
    if (status != ProcessStatus.KLADDE) {
      throw IllegalTransition.because("process.edit.published");
    }
    apply(draft);
  }

  private void apply(ProcessDraft draft) {
    this.title = draft.title();
    this.summary = draft.summary();
    this.body = draft.body() == null ? "" : draft.body();
    this.type = draft.type();
    this.municipalPlanHearing = draft.type() == ProcessType.HOERING && draft.municipalPlanHearing();
    this.departmentId = draft.departmentId();
    this.committeeId = draft.committeeId();
    this.contactAccountId = draft.contactAccountId();
    this.wholeMunicipality = draft.wholeMunicipality();
    this.areaIds = new HashSet<>(draft.wholeMunicipality() ? Set.of() : draft.areaIds());
    this.themeIds = new HashSet<>(draft.themeIds());
    this.phases = new ArrayList<>(draft.phases());
    this.deadline = draft.deadline();
  }

  /**
   * Opens the process for contributions.
   *
   * @param invitedCouncilIds the councils invited; a process nobody is asked about cannot open
   * @param areasWithoutCouncil the affected areas that have no council to invite
   * @param replayed whether this is demonstration history, which no one is told about
   */
  void publish(
      LocalDate today,
      List<Long> invitedCouncilIds,
      List<Long> areasWithoutCouncil,
      Instant now,
      boolean replayed) {
    requireStatus(ProcessStatus.AABEN);
    if (deadline == null || !deadline.isAfter(today)) {
      throw IllegalTransition.because("process.publish.deadline");
    }
    if (invitedCouncilIds.isEmpty()) {
      throw IllegalTransition.because("process.publish.nobody");
    }
    status = ProcessStatus.AABEN;
    publishedAt = now;
    registerEvent(new ProcessPublished(id, invitedCouncilIds, areasWithoutCouncil, replayed));
  }

  /**
   * Moves the deadline; only later, and only while councils can still answer or before. The phases
   * that depend on the deadline move with it by as many days, so that the public timeline never
   * contradicts the deadline: a phase's end on or after the old deadline (the phase of
   * contributions ends with it), and a phase's start on or after it (what follows the
   * contributions). Phases over before the old deadline stay. Editing the draft sets the phases
   * explicitly, whatever the deadline.
   */
  void extendDeadline(LocalDate newDeadline, LocalDate today) {
    if (status != ProcessStatus.KLADDE && status != ProcessStatus.AABEN) {
      throw IllegalTransition.because("process.deadline.closed");
    }
    if (!newDeadline.isAfter(today)
        || (status == ProcessStatus.AABEN && deadline != null && !newDeadline.isAfter(deadline))) {
      throw IllegalTransition.because("process.deadline.not-later");
    }
    if (deadline != null) {
      List<Phase> moved = movedWithDeadline(phases, deadline, newDeadline);
      phases.clear();
      phases.addAll(moved);
    }
    deadline = newDeadline;
    registerEvent(new DeadlineChanged(id, newDeadline, status == ProcessStatus.AABEN));
  }

  private static List<Phase> movedWithDeadline(
      List<Phase> phases, LocalDate oldDeadline, LocalDate newDeadline) {
    long days = ChronoUnit.DAYS.between(oldDeadline, newDeadline);
    List<Phase> moved = new ArrayList<>();
    for (Phase phase : phases) {
      LocalDate start = phase.getStartsOn();
      LocalDate end = phase.getEndsOn();
      moved.add(
          new Phase(
              phase.getName(),
              start != null && !start.isBefore(oldDeadline) ? start.plusDays(days) : start,
              end != null && !end.isBefore(oldDeadline) ? end.plusDays(days) : end));
    }
    return moved;
  }

  /** Stops taking contributions: the municipality now considers them. */
  void closeForContributions() {
    requireStatus(ProcessStatus.UNDER_BEHANDLING);
    status = ProcessStatus.UNDER_BEHANDLING;
  }

  /** Records what was decided; the process is then decided. */
  void recordOutcome(
      String text,
      LocalDate date,
      Long committeeId,
      String minutesUrl,
      Instant now,
      boolean replayed) {
    if (status != ProcessStatus.UNDER_BEHANDLING && status != ProcessStatus.AFGJORT) {
      throw IllegalTransition.because("process.outcome.not-now");
    }
    if (text == null || text.isBlank() || date == null) {
      throw IllegalTransition.because("process.outcome.incomplete");
    }
    this.outcomeText = text;
    this.outcomeDate = date;
    this.outcomeCommitteeId = committeeId;
    this.outcomeMinutesUrl = minutesUrl;
    if (status == ProcessStatus.UNDER_BEHANDLING) {
      status = ProcessStatus.AFGJORT;
      decidedAt = now;
    }
    registerEvent(new OutcomeRecorded(id, now, replayed));
  }

  /** Closes a decided process for good. */
  void close(Instant now) {
    requireStatus(ProcessStatus.LUKKET);
    status = ProcessStatus.LUKKET;
    closedAt = now;
  }

  private void requireStatus(ProcessStatus target) {
    if (!status.mayMoveTo(target)) {
      throw IllegalTransition.process(status, target);
    }
  }

  /** Whether councils can still send, decline or add to an answer on {@code today}. */
  public boolean acceptsAnswers(LocalDate today) {
    return status == ProcessStatus.AABEN && deadline != null && !today.isAfter(deadline);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public ProcessType getType() {
    return type;
  }

  public boolean isMunicipalPlanHearing() {
    return municipalPlanHearing;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public Long getCommitteeId() {
    return committeeId;
  }

  public Long getContactAccountId() {
    return contactAccountId;
  }

  public boolean isWholeMunicipality() {
    return wholeMunicipality;
  }

  public ProcessStatus getStatus() {
    return status;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getOutcomeText() {
    return outcomeText;
  }

  public LocalDate getOutcomeDate() {
    return outcomeDate;
  }

  public Long getOutcomeCommitteeId() {
    return outcomeCommitteeId;
  }

  public String getOutcomeMinutesUrl() {
    return outcomeMinutesUrl;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }

  public Set<Long> getAreaIds() {
    return Set.copyOf(areaIds);
  }

  public Set<Long> getThemeIds() {
    return Set.copyOf(themeIds);
  }

  public List<Phase> getPhases() {
    return List.copyOf(phases);
  }
}
