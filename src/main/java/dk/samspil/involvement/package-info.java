/**
 * Involvement processes (inddragelser): the municipality involves the councils, each council
 * contributes or declines, and the municipality gives feedback and records the outcome.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inddragelser")
package dk.samspil.involvement;
