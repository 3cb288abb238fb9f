package dk.samspil.proposal;

/** The proposer answered the council's question; the council is told. */
public record ProposalQuestionAnswered(Long proposalId, Long questionId) {}
