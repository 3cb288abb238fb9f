package dk.samspil.involvement;

/**
 * A council declined to take part in a process („takkede nej“).
 *
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record InvitationDeclined(
    Long invitationId, Long processId, Long councilId, boolean replayed) {}
