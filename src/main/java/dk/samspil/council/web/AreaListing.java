package dk.samspil.council.web;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.organisation.ContactPerson;

/**
 * One area with its council (null when it has none) and the municipal contact person to turn to
 * (the council's, or the area's when it has no council; null when none is appointed).
 */
public record AreaListing(Area area, Council council, ContactPerson contactPerson) {

  public boolean hasCouncil() {
    return council != null;
  }
}
