package dk.samspil.involvement;

import dk.samspil.council.PageSection;
import java.util.Locale;
import java.util.Optional;

/**
 * Extension point: a module adds a section to the staff's overview ({@code /medarbejder/overblik}),
 * for example the citizens' proposals that wait for the municipality and the councils' answer
 * times. The overview lays the sections out after its own figures, in the order of their beans
 * ({@code @Order}), without knowing the modules.
 */
public interface StaffOverviewSection {

  /** The section for the staff, in the reader's language, or empty to add nothing. */
  Optional<PageSection> forStaff(Locale locale);
}
