/** What every module stands on: the page layout and context, errors, the embedded database. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.samspil.shared;
