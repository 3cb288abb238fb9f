package dk.samspil.proposal.web.staff;

import dk.samspil.proposal.MunicipalAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of a proposal's page for the department; each field's name is unique on the page. */
final class ProposalForms {

  private ProposalForms() {}

  /** Acknowledges the proposal: who handles it. */
  record AcknowledgeForm(
      @NotBlank(message = "{proposal.municipality.error.handler}")
          @Size(max = 200, message = "{proposal.municipality.error.handler.long}")
          String behandler) {}

  /**
   * The answer: one of the kinds, the words, and for {@code INDDRAGELSE} the process. Whether the
   * kind and the process are among those offered is checked by the controller.
   */
  record AnswerForm(
      String svar,
      @NotBlank(message = "{proposal.municipality.error.answer-text}")
          @Size(max = 10000, message = "{proposal.municipality.error.text.long}")
          String svartekst,
      String inddragelse) {

    MunicipalAnswer answer() {
      for (MunicipalAnswer answer : MunicipalAnswer.values()) {
        if (answer.name().equals(svar)) {
          return answer;
        }
      }
      return null;
    }

    Long processId() {
      try {
        return inddragelse == null || inddragelse.isBlank() ? null : Long.valueOf(inddragelse);
      } catch (NumberFormatException notANumber) {
        return -1L;
      }
    }
  }

  /** Passes it on to another department, with a reason. */
  record PassOnForm(
      String forvaltning,
      @NotBlank(message = "{proposal.municipality.error.pass-on-reason}")
          @Size(max = 2000, message = "{proposal.municipality.error.text.long}")
          String begrundelse) {

    Long departmentId() {
      try {
        return forvaltning == null || forvaltning.isBlank() ? null : Long.valueOf(forvaltning);
      } catch (NumberFormatException notANumber) {
        return -1L;
      }
    }
  }

  /** Marks what was promised as done, with optional words. */
  record CompleteForm(
      @Size(max = 2000, message = "{proposal.municipality.error.text.long}") String afslutning) {}
}
