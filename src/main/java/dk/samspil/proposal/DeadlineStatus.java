package dk.samspil.proposal;

/** How near the council's deadline for a proposal is. */
public enum DeadlineStatus {
  /** More than the reminder period away. */
  GOD_TID,
  /** Within the reminder period, or today. */
  SNART,
  OVERSKREDET;

  public String messageKey() {
    return "proposal.council.deadline-status." + name();
  }
}
