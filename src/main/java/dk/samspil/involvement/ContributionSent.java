package dk.samspil.involvement;

/**
 * A council sent its contribution to a process.
 *
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record ContributionSent(
    Long invitationId, Long processId, Long councilId, boolean replayed) {}
