package dk.samspil.involvement;

/**
 * A council was invited to a process after it was published, e.g. because a citizens' proposal from
 * its area became part of the process. The council is told as if it had been invited at
 * publication.
 */
public record CouncilInvitedLater(Long processId, Long councilId) {}
