/**
 * Citizens' proposals (forslag) and initiatives (initiativer): a citizen brings one, the local
 * council of its place qualifies it (or the area's contact person, where the area has no council),
 * forwards it to the municipality with its assessment, returns it or takes it up; the contact
 * person routes a forwarded one to a department, which acknowledges and answers. Every step is in
 * the proposal's public trail and is published as a {@link dk.samspil.proposal.ProposalStepTaken}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Borgerforslag")
package dk.samspil.proposal;
