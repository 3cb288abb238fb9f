/**
 * Notices (orienteringer): the municipality informs chosen areas and councils of a decision or an
 * initiative, with no input asked; the public reads them, the councils are mailed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orienteringer")
package dk.samspil.notice;
