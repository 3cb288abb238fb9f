package dk.samspil.council;

/** A seat was offered to a person who has an account; they are mailed a link to accept it. */
public record CouncilSeatOffered(long offerId) {}
