/**
 * The administration of councils: the register, registrations and the lifecycle, and the council
 * column the council module adds to the administration's lists of areas and contact persons.
 */
package dk.samspil.council.admin;
