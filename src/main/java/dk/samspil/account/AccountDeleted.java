package dk.samspil.account;

/**
 * Published when a person deletes their account, inside the transaction that anonymises it (after
 * the account's e-mail address, name, phone and password are gone). Modules that hold personal data
 * about the person react to it, e.g. the council module removes their council seats: with
 * {@code @EventListener} in the same transaction, or with {@code @TransactionalEventListener} after
 * the commit.
 *
 * @param accountId the deleted account's id, which stays as an anonymous reference
 */
public record AccountDeleted(long accountId) {}
