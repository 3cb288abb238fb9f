package dk.samspil.involvement;

/**
 * What a council has on its plate and behind it, counted over its invitations to published
 * processes.
 *
 * @param open invitations it can still answer (the process is open and the deadline not passed)
 * @param contributed invitations it answered with a contribution
 * @param declined invitations it declined
 * @param noAnswer invitations left unanswered when the process stopped taking answers
 * @param overdueFeedback contributions without feedback more than {@link
 *     ProcessProgress#FEEDBACK_WEEKS} weeks after the deadline
 */
public record CouncilWorkload(
    int open, int contributed, int declined, int noAnswer, int overdueFeedback) {

  /** A council that has never been invited. */
  public static final CouncilWorkload NONE = new CouncilWorkload(0, 0, 0, 0, 0);
}
