/**
 * Demonstration data: loads Næstved's areas, parishes, postal districts, councils and organisation
 * on first start when demonstration data is on, and never twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstrationsdata")
package dk.samspil.demo;
