/**
 * The municipality's side of involvement processes: employees create, publish and follow up
 * processes and notices; contact persons read the overview.
 */
package dk.samspil.involvement.web.staff;
