package dk.samspil.involvement.web.staff;

import dk.samspil.council.RoutingPolicy;
import dk.samspil.involvement.Addendum;
import dk.samspil.involvement.AnswerState;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.FileSummary;
import java.time.Instant;
import java.util.List;

/**
 * One invited council's answer as staff see it, with what the feedback and hide forms show: the
 * saved feedback, or what was typed when saving it failed. A council that has closed down since
 * keeps its answer, marked as closed down.
 */
public record AnswerView(
    Long invitationId,
    String councilName,
    boolean councilClosedDown,
    List<RoutingPolicy.Reason> reasons,
    AnswerState state,
    String sentText,
    Instant sentAt,
    boolean contributionPublic,
    String declineReason,
    Instant declinedAt,
    List<Addendum> addenda,
    List<FileSummary> attachments,
    FeedbackVerdict verdict,
    String feedbackText,
    Instant feedbackAt,
    String hiddenReason,
    Instant hiddenAt,
    boolean feedbackOverdue,
    String formVerdict,
    String formFeedback,
    String formHideReason) {

  public boolean contributed() {
    return state == AnswerState.CONTRIBUTED;
  }

  public boolean declined() {
    return state == AnswerState.DECLINED;
  }

  public boolean hidden() {
    return hiddenAt != null;
  }

  public boolean isFormVerdict(FeedbackVerdict candidate) {
    return candidate.name().equals(formVerdict);
  }

  /** The id of a field of this answer's forms, e.g. {@code tilbagemelding-12}. */
  public String id(String field) {
    return field + "-" + invitationId;
  }
}
