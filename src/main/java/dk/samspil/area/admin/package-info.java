/**
 * The administration of areas (/admin/omraader/**): creating and editing them, defining them by
 * parishes, and importing their boundaries from GeoJSON; the other modules add columns to the list
 * of areas ({@code AreaAdminColumn}). Also what each contact person is the contact person for among
 * the areas, for the organisation's list of contact persons.
 */
package dk.samspil.area.admin;
