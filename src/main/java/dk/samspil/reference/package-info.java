/**
 * Reference data: loads a municipality's geography, areas, registered councils, themes, departments
 * and committees from a data set (one that comes with Samspil, or a folder), validated whole before
 * anything is written, once per data set and without overwriting what an administrator changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referencedata")
package dk.samspil.reference;
