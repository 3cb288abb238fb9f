package dk.samspil.proposal.web.council;

import dk.samspil.proposal.CouncilComments;
import dk.samspil.proposal.CouncilDecisions;
import dk.samspil.proposal.CouncilQuestions;
import dk.samspil.proposal.IllegalProposalStep;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.web.council.CouncilForms.CommentForm;
import dk.samspil.proposal.web.council.CouncilForms.ForwardForm;
import dk.samspil.proposal.web.council.CouncilForms.Inputs;
import dk.samspil.proposal.web.council.CouncilForms.MoveForm;
import dk.samspil.proposal.web.council.CouncilForms.QuestionForm;
import dk.samspil.proposal.web.council.CouncilForms.ReturnForm;
import dk.samspil.proposal.web.council.CouncilForms.TakeUpForm;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handling page of a proposal, for whoever reads its internals (the council's members, the
 * contact person acting for an area without a council, the municipality's staff): the proposal in
 * full, its trail, the internal comments, the questions to the proposer; and, for whoever decides
 * for the council, the question to the proposer and the four decisions. A decision on a proposal
 * that moved on meanwhile shows the page again with why not.
 */
@Controller
@RequestMapping("/forslag/{id}/behandling")
class HandlingController {

  static final String VIEW = "proposal/council/handling";
  static final String READS = "@proposalCouncilAccess.readsInternals(authentication, #id)";
  static final String DECIDES = "@proposalCouncilAccess.decides(authentication, #id)";

  private final HandlingPages pages;
  private final CouncilComments comments;
  private final CouncilQuestions questions;
  private final CouncilDecisions decisions;
  private final ProposalQueries queries;
  private final ProposalAccess access;

  HandlingController(
      HandlingPages pages,
      CouncilComments comments,
      CouncilQuestions questions,
      CouncilDecisions decisions,
      ProposalQueries queries,
      ProposalAccess access) {
    this.pages = pages;
    this.comments = comments;
    this.questions = questions;
    this.decisions = decisions;
    this.queries = queries;
    this.access = access;
  }

  @GetMapping
  @PreAuthorize(READS)
  String page(@PathVariable Long id, Authentication authentication, Model model) {
    return show(id, authentication, Inputs.none(), FormErrors.NONE, null, model);
  }

  @PostMapping("/kommentar")
  @PreAuthorize(READS)
  String comment(
      @PathVariable Long id,
      @Valid @ModelAttribute("comment") CommentForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return submit(
        id,
        result,
        authentication,
        model,
        response,
        Inputs.of(form),
        () -> {
          comments.comment(id, form.kommentar(), authentication);
          Forms.confirm(redirect, "proposal.council.comment.added");
          return "redirect:/forslag/" + id + "/behandling#kommentarer";
        });
  }

  @PostMapping("/spoergsmaal")
  @PreAuthorize(DECIDES)
  String ask(
      @PathVariable Long id,
      @Valid @ModelAttribute("question") QuestionForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return submit(
        id,
        result,
        authentication,
        model,
        response,
        Inputs.of(form),
        () -> {
          questions.ask(id, form.spoergsmaal(), authentication);
          Forms.confirm(redirect, "proposal.council.question.sent");
          return "redirect:/forslag/" + id + "/behandling#spoergsmaal-og-svar";
        });
  }

  @PostMapping("/videresend")
  @PreAuthorize(DECIDES)
  String forward(
      @PathVariable Long id,
      @Valid @ModelAttribute("forward") ForwardForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.assessment() == null) {
      Forms.rejectField(result, "vurdering", "proposal.council.forward.assessment.missing");
    }
    return submit(
        id,
        result,
        authentication,
        model,
        response,
        Inputs.of(form),
        () -> {
          decisions.forward(id, form.assessment(), form.vurderingTekst(), authentication);
          return decided(id, authentication, redirect, "proposal.council.forwarded");
        });
  }

  @PostMapping("/retur")
  @PreAuthorize(DECIDES)
  String giveBack(
      @PathVariable Long id,
      @Valid @ModelAttribute("giveBack") ReturnForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.reason() == null) {
      Forms.rejectField(result, "grund", "proposal.council.return.reason.missing");
    }
    return submit(
        id,
        result,
        authentication,
        model,
        response,
        Inputs.of(form),
        () -> {
          decisions.returnToProposer(id, form.reason(), form.returTekst(), authentication);
          return decided(id, authentication, redirect, "proposal.council.returned");
        });
  }

  @PostMapping("/flyt")
  @PreAuthorize(DECIDES)
  String move(
      @PathVariable Long id,
      @Valid @ModelAttribute("move") MoveForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Proposal proposal = queries.proposal(id);
    String list = pages.listOf(proposal);
    if (form.areaId() == null
        || pages.areaOptions(proposal.getAreaId()).stream()
            .noneMatch(option -> option.id().equals(form.areaId()))) {
      Forms.rejectField(result, "omraade", "proposal.council.move.area");
    }
    return submit(
        id,
        result,
        authentication,
        model,
        response,
        Inputs.of(form),
        () -> {
          decisions.moveTo(id, form.areaId(), form.flytTekst(), authentication);
          return decided(id, authentication, redirect, "proposal.council.moved", list);
        });
  }

  @PostMapping("/overtag")
  @PreAuthorize(DECIDES)
  String takeUp(
      @PathVariable Long id,
      @Valid @ModelAttribute("takeUp") TakeUpForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return submit(
        id,
        result,
        authentication,
        model,
        response,
        Inputs.of(form),
        () -> {
          decisions.takeUp(id, form.overtagTekst(), authentication);
          return decided(id, authentication, redirect, "proposal.council.taken-up");
        });
  }

  /**
   * After a decision: back to the page with the confirmation, or, when the decider no longer reads
   * the proposal (it moved to another council), to the list of proposals it came from.
   */
  private String decided(
      Long id, Authentication authentication, RedirectAttributes redirect, String messageKey) {
    return decided(id, authentication, redirect, messageKey, null);
  }

  private String decided(
      Long id,
      Authentication authentication,
      RedirectAttributes redirect,
      String messageKey,
      String elsewhere) {
    Proposal proposal = queries.proposal(id);
    Forms.confirm(redirect, messageKey, proposal.getTitle());
    if (elsewhere == null || access.readsInternals(authentication, proposal)) {
      return "redirect:/forslag/" + id + "/behandling";
    }
    return "redirect:" + elsewhere;
  }

  /**
   * The form kit's submit, where a step the proposal refuses now (it moved on meanwhile, or someone
   * saved it at the same moment) shows the page again with the proposal's reason, 409.
   */
  private String submit(
      Long id,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      Inputs inputs,
      Supplier<String> action) {
    try {
      return Forms.submit(
          result,
          response,
          action,
          () -> show(id, authentication, inputs, FormErrors.of(result), null, model));
    } catch (IllegalProposalStep refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return show(id, authentication, Inputs.none(), FormErrors.NONE, refused.messageKey(), model);
    } catch (OptimisticLockingFailureException concurrent) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return show(
          id, authentication, Inputs.none(), FormErrors.NONE, "proposal.step.illegal", model);
    }
  }

  private String show(
      Long id,
      Authentication authentication,
      Inputs inputs,
      FormErrors errors,
      String refusal,
      Model model) {
    model.addAttribute("page", pages.page(id, authentication, inputs, errors, refusal));
    return VIEW;
  }
}
