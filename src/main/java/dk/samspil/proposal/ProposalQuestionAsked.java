package dk.samspil.proposal;

/** The council asked the proposer a question; the proposer is mailed it with a link to answer. */
public record ProposalQuestionAsked(Long proposalId, Long questionId) {}
