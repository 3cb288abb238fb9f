/**
 * The local councils (lokalråd): their register and lifecycle, profiles and members, and the public
 * directory of areas and councils (the front page, area and council pages, the contact list, „find
 * dit lokalområde“ and the open-data API). Other modules add to its pages through {@code
 * CouncilPageSection}, {@code AreaPageSection} and {@code CouncilHomeSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lokalråd")
package dk.samspil.council;
