package dk.samspil.proposal;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.organisation.ContactPerson;

/**
 * Who receives a proposal placed in an area: its council, or, where the area has none that speaks
 * for it, the area's contact person (null when the area has none either: the municipality then
 * handles it).
 */
public record Receiver(Area area, Council council, ContactPerson contactPerson) {

  public boolean hasCouncil() {
    return council != null;
  }
}
