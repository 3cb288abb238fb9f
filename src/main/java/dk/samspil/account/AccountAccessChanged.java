package dk.samspil.account;

/**
 * Something that decides what an account may do has changed: its municipal roles, its department or
 * contact person, its status, or (published by the council module) its council seats. Once the
 * change is committed, the person's open sessions are given the new roles at once ({@link
 * SignedInSessions}).
 */
public record AccountAccessChanged(long accountId) {}
