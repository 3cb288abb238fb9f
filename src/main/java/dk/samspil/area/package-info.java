/**
 * Geography: parishes, postal districts, the municipal boundary and the local areas (lokalområder),
 * with point-in-area lookup and the local gazetteer behind „find dit lokalområde“.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lokalområder")
package dk.samspil.area;
