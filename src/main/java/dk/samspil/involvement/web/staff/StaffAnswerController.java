package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.FeedbackChange;
import dk.samspil.involvement.FeedbackManagement;
import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.shared.Act;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipality's answer to a published process: feedback on each contribution, hiding one,
 * moving the process on, and recording the outcome.
 */
@Controller
@PreAuthorize(Staff.MANAGES_PROCESSES)
class StaffAnswerController {

  private final ProcessQueries queries;
  private final ProcessManagement processes;
  private final FeedbackManagement feedback;
  private final StaffViews views;

  StaffAnswerController(
      ProcessQueries queries,
      ProcessManagement processes,
      FeedbackManagement feedback,
      StaffViews views) {
    this.queries = queries;
    this.processes = processes;
    this.feedback = feedback;
    this.views = views;
  }

  /** Moves the process on: closed for contributions ({@code UNDER_BEHANDLING}) or closed. */
  @PostMapping("/medarbejder/inddragelser/{id}/status")
  String transition(
      @PathVariable long id,
      @RequestParam(name = "til", defaultValue = "") String target,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    queries.process(id);
    try {
      switch (target) {
        case "UNDER_BEHANDLING" -> processes.closeForContributions(id);
        case "LUKKET" -> processes.close(id, Act.by(SamspilPrincipal.accountIdOf(authentication)));
        default -> throw IllegalTransition.because("process.transition.illegal");
      }
      Forms.confirm(redirect, "staff.notice.status");
      return "redirect:/medarbejder/inddragelser/" + id;
    } catch (IllegalTransition e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "page",
          views.processPage(id, ProcessInputs.none(), Staff.refusal("status", e.messageKey())));
      return "involvement/staff/process";
    }
  }

  @PostMapping("/medarbejder/inddragelser/{id}/resultat")
  String outcome(
      @PathVariable long id,
      @Valid @ModelAttribute("outcome") OutcomeForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InvolvementProcess process = queries.process(id);
    Long keep =
        process.getOutcomeCommitteeId() != null
            ? process.getOutcomeCommitteeId()
            : process.getCommitteeId();
    if (!InputDates.isBlank(form.udvalg())
        && !Option.contains(views.committeeOptions(keep), form.udvalg())) {
      Forms.rejectField(result, "resultat-udvalg", "staff.form.error.choice");
    }
    return Staff.submit(
        result,
        response,
        "beslutning",
        () -> {
          processes.recordOutcome(
              id,
              form.beslutning().strip(),
              form.date(),
              form.committeeId(),
              form.minutesUrl(),
              Act.by(SamspilPrincipal.accountIdOf(authentication)));
          Forms.confirm(redirect, "staff.notice.resultat");
          return "redirect:/medarbejder/inddragelser/" + id;
        },
        () -> page(id, ProcessInputs.outcome(form), FormErrors.of(result), model));
  }

  @PostMapping("/medarbejder/inddragelser/{id}/bidrag/{invitationId}/tilbagemelding")
  String feedback(
      @PathVariable long id,
      @PathVariable long invitationId,
      @Valid @ModelAttribute("feedback") FeedbackForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireInvitationOf(id, invitationId);
    if (form.verdict() == null) {
      Forms.rejectField(result, "vurdering", "staff.feedback.error.verdict");
    }
    return Staff.submit(
        result,
        response,
        "begrundelse",
        () -> {
          FeedbackChange change =
              feedback.giveFeedback(
                  invitationId,
                  form.verdict(),
                  form.begrundelse(),
                  Act.by(SamspilPrincipal.accountIdOf(authentication)));
          Forms.confirm(
              redirect,
              switch (change) {
                case GIVEN -> "staff.notice.tilbagemelding";
                case REVISED -> "staff.notice.tilbagemelding.opdateret";
                case UNCHANGED -> "staff.notice.tilbagemelding.uaendret";
              });
          return "redirect:/medarbejder/inddragelser/" + id + "#svar-" + invitationId;
        },
        () ->
            page(
                id,
                ProcessInputs.feedback(
                    invitationId,
                    Forms.orEmpty(form.vurdering()),
                    Forms.orEmpty(form.begrundelse())),
                Staff.errorsAt(result, FeedbackForm.inputs(invitationId)),
                model));
  }

  @PostMapping("/medarbejder/inddragelser/{id}/bidrag/{invitationId}/skjul")
  String hide(
      @PathVariable long id,
      @PathVariable long invitationId,
      @Valid @ModelAttribute("hide") HideForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireInvitationOf(id, invitationId);
    return Staff.submit(
        result,
        response,
        "begrundelse",
        () -> {
          feedback.hideContribution(
              invitationId, form.begrundelse(), SamspilPrincipal.accountIdOf(authentication));
          Forms.confirm(redirect, "staff.notice.skjult");
          return "redirect:/medarbejder/inddragelser/" + id + "#svar-" + invitationId;
        },
        () ->
            page(
                id,
                ProcessInputs.hide(invitationId, Forms.orEmpty(form.begrundelse())),
                Staff.errorsAt(result, HideForm.inputs(invitationId)),
                model));
  }

  private String page(long id, ProcessInputs inputs, FormErrors errors, Model model) {
    model.addAttribute("page", views.processPage(id, inputs, errors));
    return "involvement/staff/process";
  }

  private void requireInvitationOf(long processId, long invitationId) {
    if (!queries.invitation(invitationId).getProcessId().equals(processId)) {
      throw new InvitationOfAnotherProcess();
    }
  }

  /** An invitation addressed through another process's page: treated as not found. */
  @ResponseStatus(HttpStatus.NOT_FOUND)
  static class InvitationOfAnotherProcess extends RuntimeException {
    InvitationOfAnotherProcess() {
      super("The invitation belongs to another process");
    }
  }
}
