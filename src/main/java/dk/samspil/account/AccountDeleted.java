package dk.samspil.account;

/**
 * Published inside the transaction that deletes (anonymises) an account, so that other modules
 * remove what they keep about the person, e.g. their council seats.
 */
public record AccountDeleted(long accountId) {}
