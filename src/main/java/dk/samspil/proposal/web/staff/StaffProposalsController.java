package dk.samspil.proposal.web.staff;

import dk.samspil.proposal.DepartmentAnswers;
import dk.samspil.proposal.IllegalProposalStep;
import dk.samspil.proposal.MunicipalAnswer;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.web.staff.ProposalForms.AcknowledgeForm;
import dk.samspil.proposal.web.staff.ProposalForms.AnswerForm;
import dk.samspil.proposal.web.staff.ProposalForms.CompleteForm;
import dk.samspil.proposal.web.staff.ProposalForms.PassOnForm;
import dk.samspil.proposal.web.staff.StaffProposalPages.Inputs;
import dk.samspil.shared.ChangeRefused;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department's proposals: the list, and one proposal with what its department's employees do
 * with it. Every employee and administrator reads them; only the employees of the department that
 * has one act on it ({@link ProposalAccess#answersForDepartment}). A step the proposal no longer
 * allows (someone else was quicker) shows the page again with the proposal's reason.
 */
@Controller
@PreAuthorize(StaffProposalsController.STAFF)
class StaffProposalsController {

  static final String STAFF = "hasAnyRole('MEDARBEJDER', 'ADMINISTRATOR')";
  static final String BASE = "/medarbejder/forslag";

  private final StaffProposalViews views;
  private final ProposalQueries queries;
  private final ProposalAccess access;
  private final DepartmentAnswers answers;

  StaffProposalsController(
      StaffProposalViews views,
      ProposalQueries queries,
      ProposalAccess access,
      DepartmentAnswers answers) {
    this.views = views;
    this.queries = queries;
    this.access = access;
    this.answers = answers;
  }

  @GetMapping(BASE)
  String list(Authentication authentication, Model model) {
    model.addAttribute("page", views.listPage(authentication));
    return "proposal/staff/list";
  }

  @GetMapping(BASE + "/{id}")
  String proposal(@PathVariable Long id, Authentication authentication, Model model) {
    return page(id, authentication, null, FormErrors.NONE, model);
  }

  @PostMapping(BASE + "/{id}/kvitter")
  String acknowledge(
      @PathVariable Long id,
      @Valid @ModelAttribute("acknowledge") AcknowledgeForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireDepartment(id, authentication);
    return submit(
        result,
        response,
        () -> {
          answers.acknowledge(id, form.behandler(), SamspilPrincipal.accountIdOf(authentication));
          Forms.confirm(redirect, "proposal.municipality.done.acknowledged");
          return "redirect:" + BASE + "/" + id;
        },
        () ->
            page(
                id,
                authentication,
                new Inputs(Forms.orEmpty(form.behandler()), "", "", "", "", "", ""),
                FormErrors.of(result),
                model));
  }

  @PostMapping(BASE + "/{id}/svar")
  String answer(
      @PathVariable Long id,
      @Valid @ModelAttribute("answer") AnswerForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireDepartment(id, authentication);
    MunicipalAnswer answer = form.answer();
    if (answer == null) {
      Forms.rejectField(result, "svar", "proposal.municipality.error.answer");
    } else if (answer == MunicipalAnswer.INDDRAGELSE
        && !StaffProposalViews.contains(views.processOptions(), form.inddragelse())) {
      Forms.rejectField(result, "inddragelse", "proposal.municipality.error.process");
    }
    return submit(
        result,
        response,
        () -> {
          answers.answer(
              id,
              answer,
              form.svartekst(),
              answer == MunicipalAnswer.INDDRAGELSE ? form.processId() : null,
              SamspilPrincipal.accountIdOf(authentication));
          Forms.confirm(redirect, "proposal.municipality.done.answered");
          return "redirect:" + BASE + "/" + id;
        },
        () ->
            page(
                id,
                authentication,
                new Inputs(
                    "",
                    Forms.orEmpty(form.svar()),
                    Forms.orEmpty(form.svartekst()),
                    Forms.orEmpty(form.inddragelse()),
                    "",
                    "",
                    ""),
                FormErrors.of(result),
                model));
  }

  @PostMapping(BASE + "/{id}/send-videre")
  String passOn(
      @PathVariable Long id,
      @Valid @ModelAttribute("passOn") PassOnForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Proposal proposal = requireDepartment(id, authentication);
    if (!StaffProposalViews.contains(
        views.departmentOptions(proposal.getDepartmentId()), form.forvaltning())) {
      Forms.rejectField(result, "forvaltning", "proposal.municipality.error.department");
    }
    return submit(
        result,
        response,
        () -> {
          answers.passOn(
              id,
              form.departmentId(),
              form.begrundelse(),
              SamspilPrincipal.accountIdOf(authentication));
          Forms.confirm(redirect, "proposal.municipality.done.passed-on");
          return "redirect:" + BASE;
        },
        () ->
            page(
                id,
                authentication,
                new Inputs(
                    "",
                    "",
                    "",
                    "",
                    Forms.orEmpty(form.forvaltning()),
                    Forms.orEmpty(form.begrundelse()),
                    ""),
                FormErrors.of(result),
                model));
  }

  @PostMapping(BASE + "/{id}/gennemfoert")
  String complete(
      @PathVariable Long id,
      @Valid @ModelAttribute("complete") CompleteForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireDepartment(id, authentication);
    return submit(
        result,
        response,
        () -> {
          answers.complete(id, form.afslutning(), SamspilPrincipal.accountIdOf(authentication));
          Forms.confirm(redirect, "proposal.municipality.done.completed");
          return "redirect:" + BASE + "/" + id;
        },
        () ->
            page(
                id,
                authentication,
                new Inputs("", "", "", "", "", "", Forms.orEmpty(form.afslutning())),
                FormErrors.of(result),
                model));
  }

  private String page(
      Long id, Authentication authentication, Inputs inputs, FormErrors errors, Model model) {
    model.addAttribute("page", views.page(id, authentication, inputs, errors));
    return "proposal/staff/proposal";
  }

  /** The proposal, if the person answers for the department that has it; otherwise refused. */
  private Proposal requireDepartment(Long id, Authentication authentication) {
    Proposal proposal = queries.proposal(id);
    if (!access.answersForDepartment(authentication, proposal)) {
      throw new AccessDeniedException("Not an employee of the proposal's department");
    }
    return proposal;
  }

  /**
   * {@link Forms#submit}, where a step the proposal no longer allows, or a change someone made at
   * the same moment, becomes an error of the whole form, with the proposal's reason.
   */
  static String submit(
      BindingResult result,
      HttpServletResponse response,
      Supplier<String> action,
      Supplier<String> form) {
    return Forms.submit(
        result,
        response,
        () -> {
          try {
            return action.get();
          } catch (IllegalProposalStep refused) {
            throw new Refused(refused.messageKey());
          } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new Refused("proposal.step.illegal");
          }
        },
        form);
  }

  /** A refused step, as an error of the whole form. */
  static final class Refused extends ChangeRefused {
    Refused(String messageKey) {
      super(null, messageKey);
    }
  }
}
