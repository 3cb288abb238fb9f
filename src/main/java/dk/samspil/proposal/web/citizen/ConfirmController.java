package dk.samspil.proposal.web.citizen;

import dk.samspil.proposal.ProposalSubmission;
import dk.samspil.proposal.SubmitProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in the confirmation mail: the page shows the proposal and a button (mail scanners that
 * open links must not confirm), the button confirms, once. A used, expired or unknown link gets a
 * page that says so and what to do.
 */
@Controller
class ConfirmController {

  private final ProposalSubmission submission;
  private final SubmitProperties settings;

  ConfirmController(ProposalSubmission submission, SubmitProperties settings) {
    this.submission = submission;
    this.settings = settings;
  }

  @GetMapping("/forslag/bekraeft")
  String page(
      @RequestParam(name = "token", required = false) String token,
      Model model,
      HttpServletResponse response) {
    ProposalSubmission.Link link = submission.link(token);
    if (link.status() != ProposalSubmission.LinkStatus.VALID) {
      return problem(link, model, response);
    }
    model.addAttribute("page", new SubmitPages.Confirm(token, link.proposal()));
    return "proposal/submit/confirm";
  }

  @PostMapping("/forslag/bekraeft")
  String confirm(
      @RequestParam(name = "token", required = false) String token,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ProposalSubmission.Link link = submission.confirm(token);
    if (link.status() != ProposalSubmission.LinkStatus.VALID) {
      return problem(link, model, response);
    }
    redirect.addFlashAttribute(SubmitController.RECEIVED_ID, link.proposal().getId());
    return "redirect:/forslag/nyt/modtaget";
  }

  private String problem(ProposalSubmission.Link link, Model model, HttpServletResponse response) {
    boolean expired = link.status() == ProposalSubmission.LinkStatus.EXPIRED;
    response.setStatus(expired ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
    model.addAttribute(
        "page", new SubmitPages.LinkProblem(expired, (int) settings.linkValidity().toHours()));
    return "proposal/submit/linkProblem";
  }
}
