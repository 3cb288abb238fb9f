/** The municipality's side: departments, political committees, contact persons, and the themes. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package dk.samspil.organisation;
