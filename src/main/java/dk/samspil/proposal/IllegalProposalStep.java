package dk.samspil.proposal;

/** A step the proposal's rules do not allow, e.g. answering a proposal no department has. */
public class IllegalProposalStep extends RuntimeException {

  private final String messageKey;

  private IllegalProposalStep(String messageKey, String detail) {
    super(messageKey + ": " + detail);
    this.messageKey = messageKey;
  }

  static IllegalProposalStep from(ProposalState state, StepKind step) {
    return new IllegalProposalStep("proposal.step.illegal", state + " -> " + step);
  }

  static IllegalProposalStep because(String messageKey) {
    return new IllegalProposalStep(messageKey, messageKey);
  }

  public String messageKey() {
    return messageKey;
  }
}
