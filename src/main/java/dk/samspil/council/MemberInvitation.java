package dk.samspil.council;

/**
 * Whom a council invites to its board: their e-mail address, their name if known (they may change
 * it), and the position they are given.
 */
public record MemberInvitation(String email, String name, CouncilPosition position) {}
