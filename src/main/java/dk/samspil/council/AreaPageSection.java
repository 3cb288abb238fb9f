package dk.samspil.council;

import dk.samspil.area.Area;
import java.util.Locale;
import java.util.Optional;

/**
 * Extension point: a module adds a section to an area's public page, for example the involvement
 * processes that affect the area. Areas without a council get sections too.
 */
public interface AreaPageSection {

  /** The section for the area's page, in the reader's language, or empty to add nothing. */
  Optional<PageSection> forArea(Area area, Locale locale);
}
