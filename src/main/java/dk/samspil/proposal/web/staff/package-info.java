/**
 * The department employees' pages of proposals: the proposals at their department, and one proposal
 * with what they do with it (acknowledge, answer, pass on, mark as done); the overview's proposal
 * sections.
 */
package dk.samspil.proposal.web.staff;
