package dk.samspil.council;

/** A person's seat together with its council, for the person's own overview. */
public record CouncilSeat(CouncilMember member, Council council) {}
