/**
 * What the public sees of involvement processes and notices: the pages, the open-data API, and the
 * sections on the council and area pages.
 */
package dk.samspil.involvement.web;
