/** The proposal module's pages: the public ones here, each role's in a package of its own. */
package dk.samspil.proposal.web;
