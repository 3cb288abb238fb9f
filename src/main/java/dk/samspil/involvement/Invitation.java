package dk.samspil.involvement;

import dk.samspil.council.RoutingPolicy;
import jakarta.persistence.CollectionTable;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One council asked to take part in one process: its shared draft, its answer (a contribution or a
 * decline), what it added afterwards, and the municipality's feedback. Whatever was sent is fixed.
 * Answers, feedback and reminders register events, which are published when it is saved.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractAggregateRoot<Invitation> {

  /** The states that are stored; "no answer" is derived from the deadline. */
  public enum State {
    INVITED,
    DRAFT,
    CONTRIBUTED,
    DECLINED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long processId;
  private Long councilId;
  private String reasons;

  @Enumerated(EnumType.STRING)
  private State state;

  private String draftText;
  private int draftVersion;
  private Long draftUpdatedBy;
  private Instant draftUpdatedAt;
  private String sentText;
  private Instant sentAt;
  private Long sentBy;
  private boolean contributionPublic;
  private String declineReason;
  private Instant declinedAt;
  private Long declinedBy;
  private String hiddenReason;
  private Instant hiddenAt;
  private Long hiddenBy;

  @Enumerated(EnumType.STRING)
  private FeedbackVerdict feedbackVerdict;

  private String feedbackText;
  private Instant feedbackAt;
  private Long feedbackBy;
  private Instant remindedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "invitation_addendum", joinColumns = @JoinColumn(name = "invitation_id"))
  @OrderColumn(name = "position")
  private List<Addendum> addenda = new ArrayList<>();

  protected Invitation() {}

  Invitation(Long processId, Long councilId, String reasons) {
    this.processId = processId;
    this.councilId = councilId;
    this.reasons = reasons;
    this.state = State.INVITED;
    this.draftText = "";
    this.contributionPublic = true;
  }

  /** An invitation to a process already published, which tells the council. */
  static Invitation later(Long processId, Long councilId, RoutingPolicy.Reason reason) {
    Invitation invitation = new Invitation(processId, councilId, reason.encode());
    invitation.registerEvent(new CouncilInvitedLater(processId, councilId));
    return invitation;
  }

  /**
   * Saves the council's shared draft. {@code basedOn} is the draft version the member started from;
   * if someone else saved in between, the save is refused with what they saved. A member is never
   * in conflict with their own last save (a page reloaded while its last autosave was on the way is
   * based on the version before it).
   */
  void saveDraft(String text, int basedOn, Long by, Instant now, boolean open) {
    requireOpen(open);
    if (state != State.INVITED && state != State.DRAFT) {
      throw IllegalTransition.because("invitation.draft.answered");
    }
    if (basedOn != draftVersion && !Objects.equals(by, draftUpdatedBy)) {
      throw new DraftConflict(draftText, draftVersion, draftUpdatedBy, draftUpdatedAt);
    }
    draftText = text == null ? "" : text;
    draftVersion++;
    draftUpdatedBy = by;
    draftUpdatedAt = now;
    state = State.DRAFT;
  }

  /** Sends the draft as the council's contribution; it is fixed from then on. */
  void send(Long by, Instant now, boolean open, boolean isPublic, boolean replayed) {
    requireOpen(open);
    if (state != State.INVITED && state != State.DRAFT) {
      throw IllegalTransition.because("invitation.send.answered");
    }
    if (draftText == null || draftText.isBlank()) {
      throw IllegalTransition.because("invitation.send.empty");
    }
    sentText = draftText;
    sentAt = now;
    sentBy = by;
    contributionPublic = isPublic;
    state = State.CONTRIBUTED;
    registerEvent(new ContributionSent(id, processId, councilId, replayed));
  }

  /** Declines ("takker nej"), with an optional reason. */
  void decline(String reason, Long by, Instant now, boolean open, boolean replayed) {
    requireOpen(open);
    if (state != State.INVITED && state != State.DRAFT) {
      throw IllegalTransition.because("invitation.decline.answered");
    }
    declineReason = reason == null || reason.isBlank() ? null : reason.strip();
    declinedAt = now;
    declinedBy = by;
    state = State.DECLINED;
    registerEvent(new InvitationDeclined(id, processId, councilId, replayed));
  }

  /** Adds to a sent contribution, until the deadline. */
  void addAddendum(String text, Long by, Instant now, boolean open, boolean replayed) {
    requireOpen(open);
    if (state != State.CONTRIBUTED) {
      throw IllegalTransition.because("invitation.addendum.not-sent");
    }
    if (text == null || text.isBlank()) {
      throw IllegalTransition.because("invitation.addendum.empty");
    }
    addenda.add(new Addendum(text.strip(), now, by));
    registerEvent(new AddendumAdded(id, processId, councilId, addenda.size(), replayed));
  }

  /** The municipality's answer to the contribution; may be revised. */
  FeedbackChange giveFeedback(
      FeedbackVerdict verdict, String text, Long by, Instant now, boolean replayed) {
    if (state != State.CONTRIBUTED) {
      throw IllegalTransition.because("invitation.feedback.no-contribution");
    }
    if (verdict == null || text == null || text.isBlank()) {
      throw IllegalTransition.because("invitation.feedback.incomplete");
    }
    if (verdict == feedbackVerdict && text.strip().equals(feedbackText)) {
      return FeedbackChange.UNCHANGED;
    }
    boolean revised = feedbackVerdict != null;
    feedbackVerdict = verdict;
    feedbackText = text.strip();
    feedbackAt = now;
    feedbackBy = by;
    registerEvent(new FeedbackGiven(id, processId, councilId, verdict, now, revised, replayed));
    return revised ? FeedbackChange.REVISED : FeedbackChange.GIVEN;
  }

  /** Staff hide a contribution from the public (e.g. personal data), with a reason. */
  void hide(String reason, Long by, Instant now) {
    if (state != State.CONTRIBUTED) {
      throw IllegalTransition.because("invitation.hide.no-contribution");
    }
    if (reason == null || reason.isBlank()) {
      throw IllegalTransition.because("invitation.hide.reason");
    }
    hiddenReason = reason.strip();
    hiddenAt = now;
    hiddenBy = by;
  }

  /** Marks the council as reminded of the deadline; it is reminded once. */
  void remind(Instant now) {
    remindedAt = now;
    registerEvent(new InvitationReminded(id, processId, councilId));
  }

  /**
   * Whether the council should get its reminder on {@code today}: it has not answered and was not
   * reminded, the process still takes answers, and the deadline is at most {@code daysBefore} days
   * away. A council invited within those days is not reminded: its invitation is news enough.
   */
  boolean isDueForReminder(
      InvolvementProcess process, LocalDate today, ZoneId zone, int daysBefore) {
    if (remindedAt != null
        || (state != State.INVITED && state != State.DRAFT)
        || !process.acceptsAnswers(today)) {
      return false;
    }
    LocalDate remindFrom = process.getDeadline().minusDays(daysBefore);
    if (today.isBefore(remindFrom)) {
      return false;
    }
    return process.getPublishedAt() == null
        || LocalDate.ofInstant(process.getPublishedAt(), zone).isBefore(remindFrom);
  }

  /** A sent contribution that the municipality has not yet given feedback on. */
  public boolean awaitsFeedback() {
    return state == State.CONTRIBUTED && feedbackAt == null;
  }

  private static void requireOpen(boolean open) {
    if (!open) {
      throw IllegalTransition.because("invitation.closed");
    }
  }

  /** The answer as the public sees it on {@code today}, given the process's deadline. */
  public AnswerState answerState(LocalDate today, LocalDate deadline) {
    return switch (state) {
      case CONTRIBUTED -> AnswerState.CONTRIBUTED;
      case DECLINED -> AnswerState.DECLINED;
      case INVITED, DRAFT ->
          deadline != null && today.isAfter(deadline)
              ? AnswerState.NO_ANSWER
              : state == State.DRAFT ? AnswerState.DRAFT : AnswerState.INVITED;
    };
  }

  /**
   * The answer as everyone sees it in the process as it is on {@code today}: an invitation left
   * unanswered when the process stopped taking answers, by its deadline or because staff closed it
   * early, has no answer.
   */
  public AnswerState answerState(InvolvementProcess process, LocalDate today) {
    AnswerState byDeadline = answerState(today, process.getDeadline());
    boolean unanswered = byDeadline == AnswerState.INVITED || byDeadline == AnswerState.DRAFT;
    return unanswered && !process.acceptsAnswers(today) ? AnswerState.NO_ANSWER : byDeadline;
  }

  /** Whether the public may read the contribution: sent, marked public, and not hidden by staff. */
  public boolean isPubliclyVisible() {
    return state == State.CONTRIBUTED && contributionPublic && hiddenAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getProcessId() {
    return processId;
  }

  public Long getCouncilId() {
    return councilId;
  }

  /** Why Samspil proposed the council, as message keys with arguments, separated by ";". */
  public String getReasons() {
    return reasons;
  }

  /** Why Samspil proposed the council, decoded. */
  public List<RoutingPolicy.Reason> reasonList() {
    return RoutingPolicy.Reason.decode(reasons);
  }

  public State getState() {
    return state;
  }

  public String getDraftText() {
    return draftText;
  }

  public int getDraftVersion() {
    return draftVersion;
  }

  public Long getDraftUpdatedBy() {
    return draftUpdatedBy;
  }

  public Instant getDraftUpdatedAt() {
    return draftUpdatedAt;
  }

  public String getSentText() {
    return sentText;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Long getSentBy() {
    return sentBy;
  }

  public boolean isContributionPublic() {
    return contributionPublic;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Instant getDeclinedAt() {
    return declinedAt;
  }

  public Long getDeclinedBy() {
    return declinedBy;
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

  public FeedbackVerdict getFeedbackVerdict() {
    return feedbackVerdict;
  }

  public String getFeedbackText() {
    return feedbackText;
  }

  public Instant getFeedbackAt() {
    return feedbackAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public List<Addendum> getAddenda() {
    return List.copyOf(addenda);
  }
}
