package dk.samspil.area.admin;

import dk.samspil.area.Area;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.shared.FormErrors;
import java.util.List;

/** Creating an area (with its parishes) or editing one (area is then set). */
public record AreaFormPage(
    Area area,
    AreaForm form,
    FormErrors errors,
    List<ContactPerson> contactPersons,
    List<ParishChoice> parishes) {

  public boolean creating() {
    return area == null;
  }
}
