package dk.samspil.involvement;

/** A council that has not answered is due for its one reminder of the deadline. */
public record InvitationReminded(Long invitationId, Long processId, Long councilId) {}
