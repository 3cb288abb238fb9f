/** The audit log for administrators, {@code /admin/revision}: filterable, paginated, read-only. */
package dk.samspil.audit.admin;
