package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.FeedbackManagement;
import dk.samspil.involvement.FeedbackVerdict;
import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.shared.Act;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
      HttpServletResponse response) {
    queries.process(id);
    try {
      switch (target) {
        case "UNDER_BEHANDLING" -> processes.closeForContributions(id);
        case "LUKKET" -> processes.close(id, Act.by(Staff.accountId(authentication)));
        default -> throw IllegalTransition.because("process.transition.illegal");
      }
      return "redirect:/medarbejder/inddragelser/" + id + "?besked=status";
    } catch (IllegalTransition e) {
      return again(
          id,
          ProcessInputs.none(),
          List.of(new FieldError("status", e.messageKey())),
          model,
          response);
    }
  }

  @PostMapping("/medarbejder/inddragelser/{id}/resultat")
  String outcome(
      @PathVariable long id,
      @ModelAttribute("outcome") OutcomeForm form,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    InvolvementProcess process = queries.process(id);
    Long keep =
        process.getOutcomeCommitteeId() != null
            ? process.getOutcomeCommitteeId()
            : process.getCommitteeId();
    List<FieldError> errors = form.validate(views.committeeOptions(keep));
    if (errors.isEmpty()) {
      try {
        processes.recordOutcome(
            id,
            form.beslutning().strip(),
            form.date(),
            form.committeeId(),
            form.minutesUrl(),
            Act.by(Staff.accountId(authentication)));
        return "redirect:/medarbejder/inddragelser/" + id + "?besked=resultat";
      } catch (IllegalTransition e) {
        errors = List.of(new FieldError("beslutning", e.messageKey()));
      }
    }
    return again(id, ProcessInputs.outcome(form), errors, model, response);
  }

  @PostMapping("/medarbejder/inddragelser/{id}/bidrag/{invitationId}/tilbagemelding")
  String feedback(
      @PathVariable long id,
      @PathVariable long invitationId,
      @RequestParam(name = "vurdering", defaultValue = "") String verdict,
      @RequestParam(name = "begrundelse", defaultValue = "") String text,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    requireInvitationOf(id, invitationId);
    List<FieldError> errors = new ArrayList<>();
    FeedbackVerdict chosen = verdict(verdict);
    if (chosen == null) {
      errors.add(
          new FieldError(
              "vurdering-" + invitationId + "-" + FeedbackVerdict.values()[0].name(),
              "staff.feedback.error.verdict"));
    }
    if (text.isBlank()) {
      errors.add(new FieldError("begrundelse-" + invitationId, "staff.feedback.error.text"));
    }
    if (errors.isEmpty()) {
      try {
        feedback.giveFeedback(invitationId, chosen, text, Act.by(Staff.accountId(authentication)));
        return "redirect:/medarbejder/inddragelser/"
            + id
            + "?besked=tilbagemelding#svar-"
            + invitationId;
      } catch (IllegalTransition e) {
        errors.add(new FieldError("begrundelse-" + invitationId, e.messageKey()));
      }
    }
    return again(id, ProcessInputs.feedback(invitationId, verdict, text), errors, model, response);
  }

  @PostMapping("/medarbejder/inddragelser/{id}/bidrag/{invitationId}/skjul")
  String hide(
      @PathVariable long id,
      @PathVariable long invitationId,
      @RequestParam(name = "begrundelse", defaultValue = "") String reason,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    requireInvitationOf(id, invitationId);
    String field = "skjul-" + invitationId;
    if (reason.isBlank()) {
      return again(
          id,
          ProcessInputs.hide(invitationId, reason),
          List.of(new FieldError(field, "invitation.hide.reason")),
          model,
          response);
    }
    try {
      feedback.hideContribution(invitationId, reason, Staff.accountId(authentication));
      return "redirect:/medarbejder/inddragelser/" + id + "?besked=skjult#svar-" + invitationId;
    } catch (IllegalTransition e) {
      return again(
          id,
          ProcessInputs.hide(invitationId, reason),
          List.of(new FieldError(field, e.messageKey())),
          model,
          response);
    }
  }

  private String again(
      long id,
      ProcessInputs inputs,
      List<FieldError> errors,
      Model model,
      HttpServletResponse response) {
    response.setStatus(Staff.UNPROCESSABLE);
    model.addAttribute("page", views.processPage(id, inputs, errors));
    return "involvement/staff/process";
  }

  private void requireInvitationOf(long processId, long invitationId) {
    if (!queries.invitation(invitationId).getProcessId().equals(processId)) {
      throw new InvitationOfAnotherProcess();
    }
  }

  private static FeedbackVerdict verdict(String text) {
    for (FeedbackVerdict verdict : FeedbackVerdict.values()) {
      if (verdict.name().equals(text)) {
        return verdict;
      }
    }
    return null;
  }

  /** An invitation addressed through another process's page: treated as not found. */
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.NOT_FOUND)
  static class InvitationOfAnotherProcess extends RuntimeException {
    InvitationOfAnotherProcess() {
      super("The invitation belongs to another process");
    }
  }
}
