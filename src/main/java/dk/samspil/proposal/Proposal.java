package dk.samspil.proposal;

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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A citizen's proposal or initiative and its trail. The rules of its path are here and nowhere
 * else: each step checks the state it starts from, changes the state, adds a step to the trail and
 * registers a {@link ProposalStepTaken}, published when the proposal is saved. Who may take a step
 * is the caller's concern; whether the step may be taken now is the proposal's.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends AbstractAggregateRoot<Proposal> {

  static final int TITLE_MAX = 200;
  static final int DESCRIPTION_MAX = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private ProposalKind kind;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "proposal_need", joinColumns = @JoinColumn(name = "proposal_id"))
  @Column(name = "need")
  @Enumerated(EnumType.STRING)
  private Set<InitiativeNeed> needs = new HashSet<>();

  private String title;
  private String description;
  private Double latitude;
  private Double longitude;
  private String placeName;
  private boolean wholeArea;
  private Long areaId;
  private Long councilId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "proposal_theme", joinColumns = @JoinColumn(name = "proposal_id"))
  @Column(name = "theme_id")
  private Set<Long> themeIds = new HashSet<>();

  private String proposerName;
  private String proposerEmail;
  private Long proposerAccountId;
  private boolean showName;

  @Enumerated(EnumType.STRING)
  private ProposalState state;

  private String confirmationTokenHash;
  private Instant createdAt;
  private Instant confirmedAt;
  private LocalDate councilDeadline;
  private Instant councilRemindedAt;
  private Instant councilDeadlineToldAt;

  @Enumerated(EnumType.STRING)
  private Assessment assessment;

  private String assessmentText;

  @Enumerated(EnumType.STRING)
  private ReturnReason returnReason;

  private String returnText;
  private Long departmentId;
  private String handlerName;
  private Instant acknowledgedAt;

  @Enumerated(EnumType.STRING)
  private MunicipalAnswer answer;

  private String answerText;
  private Long answerProcessId;
  private LocalDate answerDeadline;
  private Instant answerRemindedAt;
  private String hiddenReason;
  private Instant hiddenAt;
  private Long hiddenBy;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "proposal_step", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  private List<ProposalStep> steps = new ArrayList<>();

  /** Set by demonstration data that replays history: its steps tell no one. */
  @Transient private boolean replayed;

  protected Proposal() {}

  /**
   * A proposal as brought, waiting for its proposer to confirm the address by the link whose token
   * has this hash (a signed-in proposer's is confirmed at once, see {@link #confirm}).
   */
  Proposal(NewProposal proposal, String confirmationTokenHash, Instant now) {
    this.kind = proposal.kind();
    this.needs =
        proposal.kind() == ProposalKind.INITIATIV && proposal.needs() != null
            ? new HashSet<>(proposal.needs())
            : new HashSet<>();
    this.title = proposal.title().strip();
    this.description = proposal.description().strip();
    this.latitude = proposal.latitude();
    this.longitude = proposal.longitude();
    this.placeName = blankToNull(proposal.placeName());
    this.wholeArea = proposal.wholeArea();
    this.areaId = proposal.areaId();
    this.councilId = proposal.councilId();
    this.themeIds =
        proposal.themeIds() == null ? new HashSet<>() : new HashSet<>(proposal.themeIds());
    this.proposerName = proposal.proposerName().strip();
    this.proposerEmail = proposal.proposerEmail().strip();
    this.proposerAccountId = proposal.proposerAccountId();
    this.showName = proposal.showName();
    this.confirmationTokenHash = confirmationTokenHash;
    this.createdAt = now;
    this.state = ProposalState.UBEKRAEFTET;
  }

  /**
   * Gives an unconfirmed proposal the hash of its confirmation link's secret, once: the secret is
   * made where the link is mailed, so that it is never kept anywhere but in the mail.
   *
   * @return whether the hash was set now (false: it has a link already, or is confirmed)
   */
  boolean issueConfirmationToken(String tokenHash) {
    if (state != ProposalState.UBEKRAEFTET || confirmationTokenHash != null) {
      return false;
    }
    this.confirmationTokenHash = tokenHash;
    return true;
  }

  /** Marks the proposal as replayed history (demonstration data): its steps mail no one. */
  Proposal replaying() {
    this.replayed = true;
    return this;
  }

  /**
   * The proposer confirmed the address (or was signed in): the council, or the contact person,
   * receives it and must answer by {@code councilDeadline}.
   */
  void confirm(Instant now, LocalDate councilDeadline) {
    require(ProposalState.UBEKRAEFTET, StepKind.MODTAGET);
    this.confirmationTokenHash = null;
    this.confirmedAt = now;
    this.councilDeadline = councilDeadline;
    this.state = ProposalState.HOS_LOKALRAADET;
    step(StepKind.MODTAGET, now, null, councilId, null, null);
  }

  /** The council asked the proposer a question (the question itself is kept apart). */
  void recordQuestion(Long by, Instant now) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.SPOERGSMAAL);
    step(StepKind.SPOERGSMAAL, now, by, councilId, null, null);
  }

  /** The proposer answered a question of the council's. */
  void recordQuestionAnswered(Instant now) {
    if (!state.isConfirmed()) {
      throw IllegalProposalStep.from(state, StepKind.SVAR_FRA_FORSLAGSSTILLER);
    }
    step(StepKind.SVAR_FRA_FORSLAGSSTILLER, now, null, councilId, null, null);
  }

  /**
   * Moves the proposal to the council of the area it belongs to (null council: that area has none,
   * its contact person acts), which gets a new deadline.
   */
  void moveTo(
      Long newAreaId, Long newCouncilId, String reason, Long by, Instant now, LocalDate deadline) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.FLYTTET);
    if (newAreaId == null || newAreaId.equals(areaId)) {
      throw IllegalProposalStep.because("proposal.move.same-area");
    }
    Long from = councilId;
    this.areaId = newAreaId;
    this.councilId = newCouncilId;
    this.councilDeadline = deadline;
    this.councilRemindedAt = null;
    this.councilDeadlineToldAt = null;
    step(StepKind.FLYTTET, now, by, from, null, blankToNull(reason));
  }

  /** The council forwards it to the municipality with its assessment. */
  void forward(Assessment assessment, String text, Long by, Instant now) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.VIDERESENDT);
    if (assessment == null) {
      throw IllegalProposalStep.because("proposal.forward.assessment");
    }
    this.assessment = assessment;
    this.assessmentText = blankToNull(text);
    this.state = ProposalState.VIDERESENDT;
    step(StepKind.VIDERESENDT, now, by, councilId, null, assessmentText);
  }

  /**
   * The contact person forwards a proposal whose council let its deadline pass, at the proposer's
   * request: without the council's assessment.
   */
  void forwardAfterDeadline(Long by, Instant now) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.VIDERESENDT);
    if (!contactPersonAsked()) {
      throw IllegalProposalStep.because("proposal.forward.not-asked");
    }
    this.state = ProposalState.VIDERESENDT;
    step(StepKind.VIDERESENDT, now, by, councilId, null, null);
  }

  /** The council returns it to the proposer, with a reason. */
  void returnToProposer(ReturnReason reason, String text, Long by, Instant now) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.RETURNERET);
    if (reason == null || text == null || text.isBlank()) {
      throw IllegalProposalStep.because("proposal.return.reason");
    }
    this.returnReason = reason;
    this.returnText = text.strip();
    this.state = ProposalState.RETURNERET;
    step(StepKind.RETURNERET, now, by, councilId, null, returnText);
  }

  /** The council takes it up as its own project. */
  void takeUp(String text, Long by, Instant now) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.OVERTAGET);
    this.state = ProposalState.OVERTAGET;
    step(StepKind.OVERTAGET, now, by, councilId, null, blankToNull(text));
  }

  /** Whether the council should be reminded on {@code today}: once, within {@code daysBefore}. */
  boolean councilReminderDue(LocalDate today, int daysBefore) {
    return state == ProposalState.HOS_LOKALRAADET
        && councilRemindedAt == null
        && councilDeadline != null
        && !today.isAfter(councilDeadline)
        && !today.plusDays(daysBefore).isBefore(councilDeadline);
  }

  /** Notes that the council was reminded (the reminder itself is a mail, no step). */
  void councilReminded(Instant now) {
    this.councilRemindedAt = now;
  }

  /** Whether the council's deadline has passed without an answer, and the proposer is not told. */
  boolean councilDeadlinePassed(LocalDate today) {
    return state == ProposalState.HOS_LOKALRAADET
        && councilDeadline != null
        && today.isAfter(councilDeadline)
        && councilDeadlineToldAt == null;
  }

  /** The council's deadline passed: the proposer is told and may ask the contact person. */
  void tellDeadlinePassed(Instant now) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.FRIST_OVERSKREDET);
    this.councilDeadlineToldAt = now;
    step(StepKind.FRIST_OVERSKREDET, now, null, councilId, null, null);
  }

  /** After the council's deadline, the proposer asks the contact person to forward it. */
  void askContactPerson(Instant now) {
    require(ProposalState.HOS_LOKALRAADET, StepKind.KONTAKTPERSON_BEDT);
    if (councilDeadlineToldAt == null) {
      throw IllegalProposalStep.because("proposal.contact.deadline-not-passed");
    }
    if (contactPersonAsked()) {
      throw IllegalProposalStep.because("proposal.contact.already-asked");
    }
    step(StepKind.KONTAKTPERSON_BEDT, now, null, councilId, null, null);
  }

  /**
   * Whether the proposer asked the contact person to forward it, since the council that has it now
   * received it.
   */
  public boolean contactPersonAsked() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      StepKind kind = steps.get(i).getKind();
      if (kind == StepKind.KONTAKTPERSON_BEDT) {
        return true;
      }
      if (kind == StepKind.MODTAGET || kind == StepKind.FLYTTET) {
        return false;
      }
    }
    return false;
  }

  /** The contact person gives a forwarded proposal to a department, to answer by the deadline. */
  void route(Long departmentId, Long by, Instant now, LocalDate answerDeadline) {
    require(ProposalState.VIDERESENDT, StepKind.FORDELT);
    requireDepartment(departmentId);
    this.departmentId = departmentId;
    this.answerDeadline = answerDeadline;
    this.state = ProposalState.HOS_FORVALTNINGEN;
    step(StepKind.FORDELT, now, by, null, departmentId, null);
  }

  /** The department passes it on to another department, which must acknowledge it anew. */
  void passOn(Long toDepartmentId, String reason, Long by, Instant now) {
    if (state != ProposalState.HOS_FORVALTNINGEN && state != ProposalState.KVITTERET) {
      throw IllegalProposalStep.from(state, StepKind.SENDT_VIDERE);
    }
    requireDepartment(toDepartmentId);
    if (toDepartmentId.equals(departmentId)) {
      throw IllegalProposalStep.because("proposal.pass-on.same-department");
    }
    this.departmentId = toDepartmentId;
    this.handlerName = null;
    this.acknowledgedAt = null;
    this.state = ProposalState.HOS_FORVALTNINGEN;
    step(StepKind.SENDT_VIDERE, now, by, null, toDepartmentId, blankToNull(reason));
  }

  /** The department acknowledges it: who handles it. */
  void acknowledge(String handlerName, Long by, Instant now) {
    require(ProposalState.HOS_FORVALTNINGEN, StepKind.KVITTERET);
    if (handlerName == null || handlerName.isBlank()) {
      throw IllegalProposalStep.because("proposal.acknowledge.handler");
    }
    this.handlerName = handlerName.strip();
    this.acknowledgedAt = now;
    this.state = ProposalState.KVITTERET;
    step(StepKind.KVITTERET, now, by, null, departmentId, this.handlerName);
  }

  /**
   * The department answers. {@link MunicipalAnswer#INDDRAGELSE} names the process it becomes part
   * of; every answer says what will happen or why not.
   */
  void answer(MunicipalAnswer answer, String text, Long processId, Long by, Instant now) {
    require(ProposalState.KVITTERET, StepKind.BESVARET);
    if (answer == null || text == null || text.isBlank()) {
      throw IllegalProposalStep.because("proposal.answer.incomplete");
    }
    if ((answer == MunicipalAnswer.INDDRAGELSE) != (processId != null)) {
      throw IllegalProposalStep.because("proposal.answer.process");
    }
    this.answer = answer;
    this.answerText = text.strip();
    this.answerProcessId = processId;
    this.state = ProposalState.BESVARET;
    step(StepKind.BESVARET, now, by, null, departmentId, answerText);
  }

  /** What the department promised has been done. */
  void complete(String text, Long by, Instant now) {
    require(ProposalState.BESVARET, StepKind.GENNEMFOERT);
    if (!answer.promisesAction()) {
      throw IllegalProposalStep.because("proposal.complete.nothing-promised");
    }
    this.state = ProposalState.GENNEMFOERT;
    step(StepKind.GENNEMFOERT, now, by, null, departmentId, blankToNull(text));
  }

  /** Whether the department should be reminded of its answer deadline on {@code today}. */
  boolean answerReminderDue(LocalDate today, int daysBefore) {
    return (state == ProposalState.HOS_FORVALTNINGEN || state == ProposalState.KVITTERET)
        && answerRemindedAt == null
        && answerDeadline != null
        && !today.isAfter(answerDeadline)
        && !today.plusDays(daysBefore).isBefore(answerDeadline);
  }

  void answerReminded(Instant now) {
    this.answerRemindedAt = now;
  }

  /** Staff or the council hide it from the public (e.g. abuse, personal data), with a reason. */
  void hide(String reason, Long by, Instant now) {
    if (!state.isConfirmed()) {
      throw IllegalProposalStep.from(state, StepKind.SKJULT);
    }
    if (reason == null || reason.isBlank()) {
      throw IllegalProposalStep.because("proposal.hide.reason");
    }
    if (hiddenAt != null) {
      throw IllegalProposalStep.because("proposal.hide.already");
    }
    this.hiddenReason = reason.strip();
    this.hiddenAt = now;
    this.hiddenBy = by;
    step(StepKind.SKJULT, now, by, councilId, null, hiddenReason);
  }

  /** Whether the path has ended: returned, taken up, done, or answered without a promise. */
  public boolean isFinished() {
    return state == ProposalState.RETURNERET
        || state == ProposalState.OVERTAGET
        || state == ProposalState.GENNEMFOERT
        || (state == ProposalState.BESVARET && !answer.promisesAction());
  }

  /** Whether anyone but the proposer and the people who handle it may see it. */
  public boolean isPublic() {
    return state.isConfirmed() && hiddenAt == null;
  }

  /** The steps the public page shows, in order. */
  public List<ProposalStep> publicSteps() {
    return steps.stream().filter(ProposalStep::isPublicStep).toList();
  }

  /** The name to show the public: the proposer's, if they chose so. */
  public Optional<String> publicProposerName() {
    return showName ? Optional.of(proposerName) : Optional.empty();
  }

  private void require(ProposalState from, StepKind step) {
    if (state != from) {
      throw IllegalProposalStep.from(state, step);
    }
  }

  private static void requireDepartment(Long departmentId) {
    if (departmentId == null) {
      throw IllegalProposalStep.because("proposal.route.department");
    }
  }

  private void step(
      StepKind kind, Instant now, Long by, Long council, Long department, String text) {
    if (id == null) {
      // the step's event must name the proposal: save a new proposal before its first step
      throw new IllegalStateException("A proposal takes steps only once it is saved");
    }
    steps.add(new ProposalStep(kind, now, by, council, department, text));
    registerEvent(new ProposalStepTaken(id, steps.size() - 1, kind, replayed));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public ProposalKind getKind() {
    return kind;
  }

  public Set<InitiativeNeed> getNeeds() {
    return needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs);
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public String getPlaceName() {
    return placeName;
  }

  public boolean isWholeArea() {
    return wholeArea;
  }

  public Long getAreaId() {
    return areaId;
  }

  /** The council that qualifies it; null when its area has none (the contact person acts). */
  public Long getCouncilId() {
    return councilId;
  }

  public Set<Long> getThemeIds() {
    return Set.copyOf(themeIds);
  }

  public String getProposerName() {
    return proposerName;
  }

  public String getProposerEmail() {
    return proposerEmail;
  }

  public Long getProposerAccountId() {
    return proposerAccountId;
  }

  public boolean isShowName() {
    return showName;
  }

  public ProposalState getState() {
    return state;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public LocalDate getCouncilDeadline() {
    return councilDeadline;
  }

  public Instant getCouncilDeadlineToldAt() {
    return councilDeadlineToldAt;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public String getAssessmentText() {
    return assessmentText;
  }

  public ReturnReason getReturnReason() {
    return returnReason;
  }

  public String getReturnText() {
    return returnText;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public String getHandlerName() {
    return handlerName;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public MunicipalAnswer getAnswer() {
    return answer;
  }

  public String getAnswerText() {
    return answerText;
  }

  public Long getAnswerProcessId() {
    return answerProcessId;
  }

  public LocalDate getAnswerDeadline() {
    return answerDeadline;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public Instant getHiddenAt() {
    return hiddenAt;
  }

  public Long getHiddenBy() {
    return hiddenBy;
  }

  public List<ProposalStep> getSteps() {
    return List.copyOf(steps);
  }

  /** When the proposal reached its current state, or was received: for answer-time figures. */
  public Optional<Instant> lastStepAt() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).getAt());
  }
}
