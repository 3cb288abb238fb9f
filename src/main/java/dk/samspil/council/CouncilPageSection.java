package dk.samspil.council;

import java.util.Locale;
import java.util.Optional;

/**
 * Extension point: a module that knows what a council has done (for example its contributions to
 * involvement processes) adds a section to the council's public page. The council module renders
 * the section without knowing the module, so dependencies keep running towards the council.
 */
public interface CouncilPageSection {

  /** The section for the council's page, in the reader's language, or empty to add nothing. */
  Optional<PageSection> forCouncil(Council council, Locale locale);
}
