package dk.samspil.account;

/** An account was deactivated; its sessions are ended once that is committed. */
record AccountDeactivated(long accountId, String email) {}
