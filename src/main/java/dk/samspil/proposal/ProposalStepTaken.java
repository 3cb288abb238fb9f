package dk.samspil.proposal;

/**
 * A step was added to a proposal's trail (it was received, forwarded, answered, …). Mails to the
 * proposer and the council, and anything else that follows a step, listen to this.
 *
 * @param position the step's position in the trail, from 0
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record ProposalStepTaken(Long proposalId, int position, StepKind kind, boolean replayed) {}
