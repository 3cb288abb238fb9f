package dk.samspil.account;

/**
 * An account was deactivated; its sessions are ended once that is committed. It carries only the
 * id: the event is stored with its transaction, and must not keep an address after the account is
 * deleted.
 */
record AccountDeactivated(long accountId) {}
