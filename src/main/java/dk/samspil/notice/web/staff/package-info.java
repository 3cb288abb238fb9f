/** The staff's notices: the list of those sent, and the form for a new one. */
package dk.samspil.notice.web.staff;
