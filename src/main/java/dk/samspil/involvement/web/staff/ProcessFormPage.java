package dk.samspil.involvement.web.staff;

import dk.samspil.shared.FormErrors;

/** The form to create a process ({@code processId} null) or edit a draft. */
public record ProcessFormPage(
    ProcessForm form, Choices choices, FormErrors errors, Long processId, String title) {

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
