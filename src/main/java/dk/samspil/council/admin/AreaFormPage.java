package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.shared.FieldError;
import java.util.List;

/** Creating an area (with its parishes) or editing one (area is then set). */
public record AreaFormPage(
    Area area,
    AreaForm form,
    List<FieldError> errors,
    List<ContactPerson> contactPersons,
    List<ParishChoice> parishes) {

  public boolean creating() {
    return area == null;
  }
}
