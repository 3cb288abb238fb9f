/**
 * The council's side of involvement processes: its inbox of invitations, the shared draft that
 * members write together, and the answer (contribution, decline, addendum) that the chair sends.
 */
package dk.samspil.involvement.web.council;
