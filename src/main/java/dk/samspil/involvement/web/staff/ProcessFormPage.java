package dk.samspil.involvement.web.staff;

import dk.samspil.shared.FieldError;
import java.util.List;

/** The form to create a process ({@code processId} null) or edit a draft. */
public record ProcessFormPage(
    ProcessForm form, Choices choices, List<FieldError> errors, Long processId, String title)
    implements FormErrors {

  public boolean isNew() {
    return processId == null;
  }

  public String action() {
    return isNew()
        ? "/medarbejder/inddragelser"
        : "/medarbejder/inddragelser/" + processId + "/rediger";
  }

  public String cancel() {
    return isNew() ? "/medarbejder/inddragelser" : "/medarbejder/inddragelser/" + processId;
  }
}
