package dk.samspil.involvement;

/**
 * A council added to the contribution it had sent.
 *
 * @param number the addendum's number, from 1
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record AddendumAdded(
    Long invitationId, Long processId, Long councilId, int number, boolean replayed) {}
