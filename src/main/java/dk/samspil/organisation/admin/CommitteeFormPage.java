package dk.samspil.organisation.admin;

import dk.samspil.organisation.Committee;
import dk.samspil.shared.FormErrors;

/** Creating a committee or editing one (committee is then set). */
public record CommitteeFormPage(Committee committee, CommitteeForm form, FormErrors errors) {

  public boolean creating() {
    return committee == null;
  }
}
