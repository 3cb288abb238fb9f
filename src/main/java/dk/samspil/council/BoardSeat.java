package dk.samspil.council;

/**
 * One seat on the council's board as the public sees it: the position, and the member's name only
 * if they consented to show it (otherwise null).
 */
public record BoardSeat(CouncilPosition position, String name) {}
