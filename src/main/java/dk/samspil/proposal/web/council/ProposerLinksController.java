package dk.samspil.proposal.web.council;

import dk.samspil.area.AreaManagement;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.proposal.CouncilDeadlines;
import dk.samspil.proposal.CouncilQuestions;
import dk.samspil.proposal.IllegalProposalStep;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalQuestion;
import dk.samspil.proposal.web.council.CouncilForms.AnswerForm;
import dk.samspil.proposal.web.council.CouncilForms.ContactForm;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages the proposer reaches from the council's mails, without an account: the council's
 * question and the form to answer it, and, after the council's deadline, the request to the contact
 * person to forward the proposal. The link's page shows a button; only the POST acts, so a mail
 * scanner that opens the link does nothing.
 */
@Controller
class ProposerLinksController {

  static final String ANSWER_VIEW = "proposal/council/answer";
  static final String CONTACT_VIEW = "proposal/council/contact";

  private final CouncilQuestions questions;
  private final CouncilDeadlines deadlines;
  private final ProposalQueries queries;
  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final MessageSource messages;

  ProposerLinksController(
      CouncilQuestions questions,
      CouncilDeadlines deadlines,
      ProposalQueries queries,
      CouncilManagement councils,
      AreaManagement areas,
      OrganisationManagement organisation,
      MessageSource messages) {
    this.organisation = organisation;
    this.messages = messages;
    this.questions = questions;
    this.deadlines = deadlines;
    this.queries = queries;
    this.councils = councils;
    this.areas = areas;
  }

  @GetMapping("/forslag/svar")
  String question(
      @RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
    Optional<ProposalQuestion> question = questions.byToken(token);
    if (question.isEmpty()) {
      return unknownLink(model, response);
    }
    return answerPage(token, question.get(), "", FormErrors.NONE, model);
  }

  @PostMapping("/forslag/svar")
  String answer(
      @Valid @ModelAttribute("answer") AnswerForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<ProposalQuestion> question = questions.byToken(form.token());
    if (question.isEmpty()) {
      return unknownLink(model, response);
    }
    return Forms.submit(
        result,
        response,
        () -> {
          questions.answer(form.token(), form.svar());
          Forms.confirm(redirect, "proposal.council.answer.thanks");
          return "redirect:/forslag/svar?token=" + encode(form.token());
        },
        () ->
            answerPage(
                form.token(),
                questions.byToken(form.token()).orElseThrow(),
                Forms.orEmpty(form.svar()),
                FormErrors.of(result),
                model));
  }

  @GetMapping("/forslag/kontaktperson")
  String contact(
      @RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
    Optional<Proposal> proposal = deadlines.byContactToken(token);
    if (proposal.isEmpty()) {
      return unknownLink(model, response);
    }
    return contactPage(token, proposal.get(), null, model);
  }

  @PostMapping("/forslag/kontaktperson")
  String askContactPerson(
      @ModelAttribute ContactForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<Proposal> proposal = deadlines.byContactToken(form.token());
    if (proposal.isEmpty()) {
      return unknownLink(model, response);
    }
    try {
      deadlines.askContactPerson(form.token());
      Forms.confirm(redirect, "proposal.council.contact.asked");
      return "redirect:/forslag/kontaktperson?token=" + encode(form.token());
    } catch (IllegalProposalStep refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return contactPage(
          form.token(), queries.proposal(proposal.get().getId()), refused.messageKey(), model);
    } catch (OptimisticLockingFailureException concurrent) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return contactPage(
          form.token(), queries.proposal(proposal.get().getId()), "proposal.step.illegal", model);
    }
  }

  private String answerPage(
      String token, ProposalQuestion question, String answer, FormErrors errors, Model model) {
    Proposal proposal = queries.proposal(question.getProposalId());
    model.addAttribute(
        "page",
        new CouncilProposalPages.AnswerPage(
            token, question, proposal, handlerName(proposal), answer, errors));
    return ANSWER_VIEW;
  }

  private String contactPage(String token, Proposal proposal, String refusal, Model model) {
    model.addAttribute(
        "page",
        new CouncilProposalPages.ContactPage(
            token, proposal, handlerName(proposal), refusal, proposal.contactPersonAsked()));
    return CONTACT_VIEW;
  }

  /** Who has the proposal: the council's name, or the area's contact person's, who acts. */
  private String handlerName(Proposal proposal) {
    if (proposal.getCouncilId() != null) {
      return councils.councilById(proposal.getCouncilId()).getName();
    }
    var area = areas.areasById(List.of(proposal.getAreaId())).get(proposal.getAreaId());
    return Optional.ofNullable(area)
        .flatMap(a -> organisation.contactPerson(a.getContactPersonId()))
        .map(
            person ->
                messages.getMessage(
                    "proposal.council.contact-person-name",
                    new Object[] {person.getName()},
                    LocaleContextHolder.getLocale()))
        .orElseGet(() -> area == null ? "" : area.getName());
  }

  private static String unknownLink(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return "proposal/council/unknownLink";
  }

  private static String encode(String token) {
    return URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
