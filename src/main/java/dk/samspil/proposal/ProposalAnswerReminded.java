package dk.samspil.proposal;

import java.time.LocalDate;

/**
 * The department that has a proposal was reminded, once, that its answer is due by {@code
 * deadline}; the reminder mail to its employees listens to this.
 */
public record ProposalAnswerReminded(Long proposalId, Long departmentId, LocalDate deadline) {}
