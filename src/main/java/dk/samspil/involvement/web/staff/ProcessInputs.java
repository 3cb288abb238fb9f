package dk.samspil.involvement.web.staff;

/**
 * What was typed into one of the forms of the process page when saving it failed, so that the page
 * shows it again next to the error. Everything else shows what is saved.
 */
record ProcessInputs(
    Long feedbackInvitation,
    String feedbackVerdict,
    String feedbackText,
    Long hideInvitation,
    String hideReason,
    OutcomeForm outcome,
    String linkTitle,
    String linkUrl,
    String uploadTitle,
    String newDeadline) {

  static ProcessInputs none() {
    return new ProcessInputs(null, null, null, null, null, null, "", "", "", "");
  }

  static ProcessInputs feedback(Long invitationId, String verdict, String text) {
    return new ProcessInputs(invitationId, verdict, text, null, null, null, "", "", "", "");
  }

  static ProcessInputs hide(Long invitationId, String reason) {
    return new ProcessInputs(null, null, null, invitationId, reason, null, "", "", "", "");
  }

  static ProcessInputs outcome(OutcomeForm form) {
    return new ProcessInputs(null, null, null, null, null, form, "", "", "", "");
  }

  static ProcessInputs link(String title, String url) {
    return new ProcessInputs(null, null, null, null, null, null, title, url, "", "");
  }

  static ProcessInputs upload(String title) {
    return new ProcessInputs(null, null, null, null, null, null, "", "", title, "");
  }

  static ProcessInputs deadline(String newDeadline) {
    return new ProcessInputs(null, null, null, null, null, null, "", "", "", newDeadline);
  }
}
