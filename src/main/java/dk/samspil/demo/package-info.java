/**
 * Demonstration data: on top of Næstved's reference data, loads what is fictitious — contact
 * persons, council profiles, the demonstration accounts with their published password, involvement
 * processes, notices and citizens' proposals — on first start when demonstration data is on, and
 * never twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstrationsdata")
package dk.samspil.demo;
