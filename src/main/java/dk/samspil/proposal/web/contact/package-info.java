/**
 * The contact person's pages of proposals: what waits for her to route to a department, what she
 * forwards after a council's deadline, and what the departments have; her desk's section.
 */
package dk.samspil.proposal.web.contact;
