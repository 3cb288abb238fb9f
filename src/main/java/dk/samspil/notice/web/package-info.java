/** The public pages of the notices: the list, by area, and each notice. */
package dk.samspil.notice.web;
