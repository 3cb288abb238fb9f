package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilStatus;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.shared.FieldError;
import java.util.List;

/**
 * Creating a council or editing one (council is then set), with the areas it may belong to and,
 * when editing, the status changes its lifecycle allows.
 */
public record CouncilFormPage(
    Council council,
    CouncilForm form,
    List<FieldError> errors,
    List<Area> areas,
    List<ContactPerson> contactPersons,
    List<FieldError> statusErrors) {

  public boolean creating() {
    return council == null;
  }

  public List<CouncilStatus> firstStatuses() {
    return CouncilForm.FIRST_STATUSES;
  }

  public List<CouncilStatus> nextStatuses() {
    return council == null ? List.of() : council.getStatus().next();
  }
}
