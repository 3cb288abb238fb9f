package dk.samspil.council;

import java.util.Locale;
import java.util.Optional;

/**
 * Extension point: a module adds a section to a council's home for its members, „Mit lokalråd“ —
 * for example the invitations that wait for the council's answer, or the citizens' proposals it
 * must qualify. The council module lays the sections out without knowing the modules, so
 * dependencies keep running towards the council. Sections are shown in the order of their beans
 * ({@code @Order}).
 */
public interface CouncilHomeSection {

  /**
   * The section for the council's members, in the reader's language, or empty to add nothing.
   *
   * @param accountId the signed-in member, for what concerns them in particular
   */
  Optional<PageSection> forMembers(Council council, long accountId, Locale locale);
}
