package dk.samspil.proposal.web.contact;

import dk.samspil.proposal.IllegalProposalStep;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.proposal.ProposalRouting;
import dk.samspil.proposal.ProposalState;
import dk.samspil.shared.ChangeRefused;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact person's proposals: her list, and one proposal to give to a department or to forward
 * after its council's deadline. Only contact persons, and of a proposal only the contact person of
 * its council or area ({@link ProposalAccess#routes}).
 */
@Controller
@PreAuthorize("hasRole('KONTAKTPERSON')")
class ContactProposalsController {

  static final String BASE = "/kontaktperson/forslag";

  private final ContactProposalViews views;
  private final ProposalQueries queries;
  private final ProposalAccess access;
  private final ProposalRouting routing;

  ContactProposalsController(
      ContactProposalViews views,
      ProposalQueries queries,
      ProposalAccess access,
      ProposalRouting routing) {
    this.views = views;
    this.queries = queries;
    this.access = access;
    this.routing = routing;
  }

  @GetMapping(BASE)
  String list(Authentication authentication, Model model) {
    model.addAttribute("page", views.listPage(SamspilPrincipal.accountIdOf(authentication)));
    return "proposal/contact/list";
  }

  @GetMapping(BASE + "/{id}")
  String proposal(@PathVariable Long id, Authentication authentication, Model model) {
    return page(require(id, authentication), authentication, "", FormErrors.NONE, model);
  }

  @PostMapping(BASE + "/{id}/fordel")
  String route(
      @PathVariable Long id,
      @RequestParam(name = "forvaltning", defaultValue = "") String department,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Proposal proposal = require(id, authentication);
    BindingResult result = new MapBindingResult(new HashMap<>(), "route");
    Long departmentId = departmentId(department);
    if (departmentId == null) {
      Forms.rejectField(result, "forvaltning", "proposal.municipality.error.department");
    }
    return submit(
        result,
        response,
        () -> {
          routing.route(id, departmentId, SamspilPrincipal.accountIdOf(authentication));
          Forms.confirm(redirect, "proposal.municipality.done.routed", proposal.getTitle());
          return "redirect:" + BASE;
        },
        () -> page(queries.proposal(id), authentication, department, FormErrors.of(result), model));
  }

  @PostMapping(BASE + "/{id}/videresend")
  String forward(
      @PathVariable Long id,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    require(id, authentication);
    BindingResult result = new MapBindingResult(new HashMap<>(), "forward");
    return submit(
        result,
        response,
        () -> {
          routing.forwardAfterDeadline(id, SamspilPrincipal.accountIdOf(authentication));
          Forms.confirm(redirect, "proposal.municipality.done.forwarded");
          return "redirect:" + BASE + "/" + id;
        },
        () -> page(queries.proposal(id), authentication, "", FormErrors.of(result), model));
  }

  private String page(
      Proposal proposal,
      Authentication authentication,
      String chosen,
      FormErrors errors,
      Model model) {
    boolean mayRoute = proposal.getState() == ProposalState.VIDERESENDT;
    boolean mayForward =
        proposal.getState() == ProposalState.HOS_LOKALRAADET && proposal.contactPersonAsked();
    model.addAttribute(
        "page", views.routePage(proposal.getId(), mayRoute, mayForward, chosen, errors));
    return "proposal/contact/proposal";
  }

  /** The proposal, if she is the contact person of its council or area; otherwise refused. */
  private Proposal require(Long id, Authentication authentication) {
    Proposal proposal = queries.proposal(id);
    if (!proposal.getState().isConfirmed() || !access.routes(authentication, proposal)) {
      throw new AccessDeniedException("Not the contact person of the proposal's council or area");
    }
    return proposal;
  }

  private static Long departmentId(String value) {
    try {
      return value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String submit(
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
            throw new Refused(
                refused.messageKey().equals("proposal.route.department") ? "forvaltning" : null,
                refused.messageKey());
          } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new Refused(null, "proposal.step.illegal");
          }
        },
        form);
  }

  /** A refused step, as an error on the department's choice or of the whole form. */
  static final class Refused extends ChangeRefused {
    Refused(String field, String messageKey) {
      super(field, messageKey);
    }
  }
}
