package dk.samspil.proposal;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the council, or the contact person acting for an area without a council, has to qualify: the
 * proposals waiting for it, those it decided lately, and the internal side of one proposal (its
 * comments, its questions to the proposer, its photos).
 */
@Service
@Transactional(readOnly = true)
public class CouncilProposals {

  /** The steps by which a council is done with a proposal. */
  static final Set<StepKind> DECISIONS =
      Set.of(StepKind.VIDERESENDT, StepKind.RETURNERET, StepKind.OVERTAGET, StepKind.FLYTTET);

  private final ProposalsAtCouncils proposals;
  private final ProposalComments comments;
  private final ProposalQuestions questions;
  private final AreaManagement areas;
  private final Clock clock;
  private final int reminderDaysBefore;

  CouncilProposals(
      ProposalsAtCouncils proposals,
      ProposalComments comments,
      ProposalQuestions questions,
      AreaManagement areas,
      Clock clock,
      @Value("${samspil.proposal.council.reminder-days-before:7}") int reminderDaysBefore) {
    this.proposals = proposals;
    this.comments = comments;
    this.questions = questions;
    this.areas = areas;
    this.clock = clock;
    this.reminderDaysBefore = reminderDaysBefore;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The proposals with the council, waiting for its decision, newest first. */
  public List<Proposal> awaiting(Long councilId) {
    return proposals.findByCouncilIdAndStateOrderByConfirmedAtDescIdDesc(
        councilId, ProposalState.HOS_LOKALRAADET);
  }

  /**
   * The proposals the council forwarded, returned, took up or moved away in the last {@code days}
   * days, the latest decision first.
   */
  public List<Proposal> decidedRecently(Long councilId, int days) {
    return proposals
        .decidedBy(councilId, DECISIONS, clock.instant().minus(Duration.ofDays(days)))
        .stream()
        .sorted(Comparator.comparing((Proposal p) -> decidedAt(p, councilId)).reversed())
        .toList();
  }

  /** When the council last decided on the proposal (its last deciding step). */
  public static Instant decidedAt(Proposal proposal, Long councilId) {
    return proposal.getSteps().stream()
        .filter(step -> DECISIONS.contains(step.getKind()))
        .filter(step -> councilId.equals(step.getCouncilId()))
        .map(ProposalStep::getAt)
        .max(Comparator.naturalOrder())
        .orElse(proposal.getCreatedAt());
  }

  /**
   * The proposals waiting in the areas without a council that the contact person serves: she
   * qualifies them as a council would, newest first. For the contact person's list of proposals.
   */
  public List<Proposal> forAreasWithoutCouncil(long contactPersonId) {
    List<Long> areaIds =
        areas.areas().stream()
            .filter(area -> Long.valueOf(contactPersonId).equals(area.getContactPersonId()))
            .map(Area::getId)
            .toList();
    if (areaIds.isEmpty()) {
      return List.of();
    }
    return proposals.findByCouncilIdIsNullAndStateAndAreaIdInOrderByConfirmedAtDescIdDesc(
        ProposalState.HOS_LOKALRAADET, areaIds);
  }

  /** How near the council's deadline is, on {@code today}; null when it has none running. */
  public DeadlineStatus deadlineStatus(Proposal proposal, LocalDate today) {
    LocalDate deadline = proposal.getCouncilDeadline();
    if (deadline == null || proposal.getState() != ProposalState.HOS_LOKALRAADET) {
      return null;
    }
    if (today.isAfter(deadline)) {
      return DeadlineStatus.OVERSKREDET;
    }
    return today.plusDays(reminderDaysBefore).isBefore(deadline)
        ? DeadlineStatus.GOD_TID
        : DeadlineStatus.SNART;
  }

  /** The council's internal comments, oldest first. */
  public List<ProposalComment> comments(Long proposalId) {
    return comments.findByProposalIdOrderByCreatedAtAscIdAsc(proposalId);
  }

  /** The council's questions to the proposer and the answers, oldest first. */
  public List<ProposalQuestion> questions(Long proposalId) {
    return questions.findByProposalIdOrderByAskedAtAscIdAsc(proposalId);
  }
}
