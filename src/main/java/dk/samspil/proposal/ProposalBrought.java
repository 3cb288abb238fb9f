package dk.samspil.proposal;

/**
 * A citizen without an account brought a proposal; it waits for the e-mail address to be confirmed,
 * and the proposer is mailed the single-use link.
 */
public record ProposalBrought(Long proposalId) {}
