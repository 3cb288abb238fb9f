package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilStatus;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.shared.FormErrors;
import java.util.List;

/**
 * Registering a council or editing one (council is then set), with the areas it may belong to and,
 * when editing, the status changes its lifecycle allows and the errors of the last one tried.
 */
public record CouncilFormPage(
    Council council,
    CouncilForm form,
    FormErrors errors,
    List<Area> areas,
    List<ContactPerson> contactPersons,
    FormErrors statusErrors) {

  public boolean creating() {
    return council == null;
  }

  public List<CouncilStatus> firstStatuses() {
    return CouncilStatus.FIRST;
  }

  public List<CouncilStatus> nextStatuses() {
    return council == null ? List.of() : council.getStatus().next();
  }
}
