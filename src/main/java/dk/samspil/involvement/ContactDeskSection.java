package dk.samspil.involvement;

import dk.samspil.council.PageSection;
import java.util.Locale;
import java.util.Optional;

/**
 * Extension point: a module adds a section to the contact person's desk ({@code /kontaktperson}),
 * for example the citizens' proposals that wait for her. The desk lays the sections out after her
 * councils, in the order of their beans ({@code @Order}), without knowing the modules, so
 * dependencies keep running towards involvement.
 */
public interface ContactDeskSection {

  /**
   * The section for this contact person, in the reader's language, or empty to add nothing.
   *
   * @param scope her councils and her areas without a council
   */
  Optional<PageSection> forContactPerson(ContactPersonDesk.Scope scope, Locale locale);
}
