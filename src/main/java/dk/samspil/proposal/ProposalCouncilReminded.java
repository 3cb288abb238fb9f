package dk.samspil.proposal;

import java.time.LocalDate;

/**
 * The council's deadline for a proposal is near and it has not answered: its answerers (or, where
 * the area has no council, the contact person) are reminded, once.
 */
public record ProposalCouncilReminded(Long proposalId, LocalDate deadline) {}
