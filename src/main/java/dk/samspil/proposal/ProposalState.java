package dk.samspil.proposal;

/**
 * Where a proposal is. Only a confirmed proposal is shown to anyone; the last three are final (an
 * answered proposal that promised nothing is final too, see {@link Proposal#isFinished()}).
 */
public enum ProposalState {
  /** Waiting for the proposer to confirm the e-mail address; shown to no one. */
  UBEKRAEFTET,
  /** With the council of its area (or the area's contact person), which qualifies it. */
  HOS_LOKALRAADET,
  /** Forwarded by the council; waits for the contact person to choose a department. */
  VIDERESENDT,
  /** With a department, which has not yet acknowledged it. */
  HOS_FORVALTNINGEN,
  /** Acknowledged by the department, which handles it. */
  KVITTERET,
  BESVARET,
  GENNEMFOERT,
  /** Returned to the proposer by the council, with a reason. */
  RETURNERET,
  /** Taken up by the council as its own project. */
  OVERTAGET;

  public String messageKey() {
    return "proposal.state." + name();
  }

  /** Whether the proposal is seen outside the proposer's mailbox. */
  public boolean isConfirmed() {
    return this != UBEKRAEFTET;
  }

  /** Whether the municipality has it (forwarded, and not yet finished by an answer). */
  public boolean isWithMunicipality() {
    return this == VIDERESENDT || this == HOS_FORVALTNINGEN || this == KVITTERET;
  }
}
