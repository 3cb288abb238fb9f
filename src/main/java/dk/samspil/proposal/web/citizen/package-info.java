/**
 * The citizen's pages of the proposal module: bringing a proposal or an initiative (form, preview,
 * send), confirming the e-mail address by the mailed link, and the proposal's photos.
 */
package dk.samspil.proposal.web.citizen;
