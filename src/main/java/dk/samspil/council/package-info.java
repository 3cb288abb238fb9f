/**
 * The local councils (lokalråd) and the public directory of areas and councils: the front page,
 * area and council pages, the contact list, „find dit lokalområde“ and the open-data API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lokalråd")
package dk.samspil.council;
