/**
 * The public directory's pages and the open-data API of areas and councils, and the council
 * members' own pages: „Mit lokalråd“ with each council's home (which other modules add sections
 * to), the council's profile and its members.
 */
package dk.samspil.council.web;
