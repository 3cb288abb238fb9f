/**
 * The council's side of citizens' proposals: the new ones on Mit lokalråd, the handling page where
 * members discuss a proposal internally and whoever answers for the council asks the proposer and
 * decides, and the pages the proposer reaches from the council's mails.
 */
package dk.samspil.proposal.web.council;
