package dk.samspil.account;

/** What a single-use link from an e-mail leads to. */
public enum TokenState {
  VALID,
  EXPIRED,
  /** Used already (or replaced by a newer link). */
  USED,
  /** No such link, or its account can no longer use it. */
  UNKNOWN;

  public String messageKey() {
    return "link." + name();
  }
}
