/** The administration of themes, departments and committees. */
package dk.samspil.organisation.admin;
