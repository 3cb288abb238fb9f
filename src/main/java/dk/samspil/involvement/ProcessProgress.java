package dk.samspil.involvement;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How far the councils and the municipality have come with one process: how many councils were
 * invited and answered, and how many contributions still wait for feedback. Feedback is overdue
 * when a contribution has waited more than four weeks after the deadline.
 */
public record ProcessProgress(
    int invited, int contributed, int declined, int awaitingFeedback, boolean feedbackOverdue) {

  /** How long after the deadline the municipality has to give feedback on every contribution. */
  public static final int FEEDBACK_WEEKS = 4;

  public static ProcessProgress of(
      InvolvementProcess process, Collection<Invitation> invitations, LocalDate today) {
    int contributed = 0;
    int declined = 0;
    int awaiting = 0;
    for (Invitation invitation : invitations) {
      switch (invitation.getState()) {
        case CONTRIBUTED -> contributed++;
        case DECLINED -> declined++;
        default -> {}
      }
      if (invitation.awaitsFeedback()) {
        awaiting++;
      }
    }
    return new ProcessProgress(
        invitations.size(),
        contributed,
        declined,
        awaiting,
        awaiting > 0 && isFeedbackOverdue(process.getDeadline(), today));
  }

  /**
   * Whether feedback on a contribution to a process with this deadline is late on {@code today}.
   */
  public static boolean isFeedbackOverdue(LocalDate deadline, LocalDate today) {
    return deadline != null && today.isAfter(deadline.plusWeeks(FEEDBACK_WEEKS));
  }

  /** Councils that contributed or declined. */
  public int answered() {
    return contributed + declined;
  }

  /** The share of invited councils that answered, in whole per cent. */
  public int answeredPercent() {
    return invited == 0 ? 0 : Math.round(100f * answered() / invited);
  }
}
