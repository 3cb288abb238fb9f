package dk.samspil.council;

/**
 * One member as the council's member list shows them.
 *
 * @param invited the person has not accepted the invitation yet
 */
public record CouncilMemberListing(
    long memberId,
    long accountId,
    String name,
    String email,
    boolean invited,
    CouncilPosition position,
    boolean mayAnswer,
    boolean namePublic) {}
