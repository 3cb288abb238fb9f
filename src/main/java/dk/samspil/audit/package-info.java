/**
 * The audit log: who changed what and when, with the values before and after, written in the same
 * transaction as the change and never edited.
 */
@ApplicationModule(displayName = "Revisionslog")
package dk.samspil.audit;

import org.springframework.modulith.ApplicationModule;
