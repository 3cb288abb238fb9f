package dk.samspil.involvement;

import java.time.Instant;

/**
 * The municipality gave its feedback on a council's contribution, or revised it.
 *
 * @param at when
 * @param revised whether it changes feedback given before (re-saving the same feedback is no event)
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record FeedbackGiven(
    Long invitationId,
    Long processId,
    Long councilId,
    FeedbackVerdict verdict,
    Instant at,
    boolean revised,
    boolean replayed) {}
