package dk.samspil.organisation.admin;

import dk.samspil.organisation.Committee;
import dk.samspil.shared.FieldError;
import java.util.List;

/** Creating a committee or editing one (committee is then set). */
public record CommitteeFormPage(Committee committee, CommitteeForm form, List<FieldError> errors) {

  public boolean creating() {
    return committee == null;
  }
}
