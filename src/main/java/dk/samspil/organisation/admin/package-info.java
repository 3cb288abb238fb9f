/**
 * The administration of themes, departments, committees and contact persons; what each contact
 * person serves comes from the modules that know it ({@code ContactPersonDuties}).
 */
package dk.samspil.organisation.admin;
