/**
 * The contact person's (kontaktpersonens) desk: her councils and their workload, her areas without
 * a council and what concerns them, and the processes her councils are invited to, read in full.
 */
package dk.samspil.involvement.web.contact;
