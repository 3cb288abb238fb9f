package dk.samspil.proposal.web;

import dk.samspil.proposal.IllegalProposalStep;
import dk.samspil.proposal.LocalSupportManagement;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalHiding;
import dk.samspil.proposal.ProposalQueries;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public proposals: the list, a proposal's page with its trail, local support (and the page its
 * confirmation link leads to), and hiding a proposal for those who may.
 */
@Controller
class ProposalPagesController {

  private final ProposalViews views;
  private final ProposalQueries queries;
  private final ProposalAccess access;
  private final LocalSupportManagement supports;
  private final ProposalHiding hiding;

  ProposalPagesController(
      ProposalViews views,
      ProposalQueries queries,
      ProposalAccess access,
      LocalSupportManagement supports,
      ProposalHiding hiding) {
    this.views = views;
    this.queries = queries;
    this.access = access;
    this.supports = supports;
    this.hiding = hiding;
  }

  @GetMapping("/forslag")
  String list(
      @RequestParam(name = "omraade", required = false) String area,
      @RequestParam(name = "tema", required = false) String theme,
      @RequestParam(name = "type", required = false) String kind,
      @RequestParam(name = "status", required = false) String state,
      @RequestParam(name = "side", defaultValue = "0") int page,
      Model model) {
    model.addAttribute(
        "page",
        views.list(new PublicProposalPages.Filters(area, theme, kind, state), Math.max(0, page)));
    return "proposal/publicpages/list";
  }

  @GetMapping("/forslag/{id}")
  String proposal(@PathVariable Long id, Authentication authentication, Model model) {
    return page(id, authentication, "", FormErrors.NONE, "", FormErrors.NONE, model);
  }

  /**
   * Local support: a signed-in person's counts at once; anyone else gets a link by mail. Either way
   * the page says what happened, politely when the person supports it already.
   */
  @PostMapping("/forslag/{id}/stoet")
  String support(
      @PathVariable Long id,
      @Valid @ModelAttribute("support") SupportForm form,
      BindingResult result,
      Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Long accountId = SamspilPrincipal.accountIdOrNull(authentication);
    if (accountId == null && !result.hasFieldErrors("email") && Forms.clean(form.email()) == null) {
      Forms.rejectField(result, "email", "proposal.public.support.email.required");
    }
    return Forms.submit(
        result,
        response,
        () -> {
          Proposal proposal = queries.publicProposal(id);
          if (Forms.clean(form.hjemmeside()) != null) {
            // a program filled in the field people do not see: answered as a person would be
            Forms.confirm(redirect, "proposal.public.support.done.LINK_SENT");
            return "redirect:/forslag/" + proposal.getId() + "#stoette";
          }
          LocalSupportManagement.Outcome outcome =
              accountId != null
                  ? supports.supportAsAccount(id, accountId)
                  : supports.requestByEmail(id, form.email(), request.getRemoteAddr());
          Forms.confirm(redirect, "proposal.public.support.done." + outcome.name());
          return "redirect:/forslag/" + proposal.getId() + "#stoette";
        },
        () ->
            page(
                id,
                authentication,
                Forms.orEmpty(form.email()),
                FormErrors.of(result),
                "",
                FormErrors.NONE,
                model));
  }

  /** Hides the proposal from the public, with a reason: staff and the council's answerers. */
  @PostMapping("/forslag/{id}/skjul")
  String hide(
      @PathVariable Long id,
      @Valid @ModelAttribute("hide") HideForm form,
      BindingResult result,
      Authentication authentication,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Proposal proposal = queries.publicProposal(id);
    if (!access.hides(authentication, proposal)) {
      throw new AccessDeniedException("Only staff and the council's answerers hide a proposal");
    }
    return Forms.submit(
        result,
        response,
        () -> {
          try {
            Proposal hidden =
                hiding.hide(
                    id, form.begrundelse(), SamspilPrincipal.accountIdOrNull(authentication));
            Forms.confirm(redirect, "proposal.public.hide.done", hidden.getTitle());
            return "redirect:/forslag";
          } catch (IllegalProposalStep refused) {
            Forms.rejectField(result, "begrundelse", refused.messageKey());
            response.setStatus(422);
            return page(
                id,
                authentication,
                "",
                FormErrors.NONE,
                Forms.orEmpty(form.begrundelse()),
                FormErrors.of(result),
                model);
          }
        },
        () ->
            page(
                id,
                authentication,
                "",
                FormErrors.NONE,
                Forms.orEmpty(form.begrundelse()),
                FormErrors.of(result),
                model));
  }

  /** The link in the supporter's mail: a page with a button, so that mail scanners use nothing. */
  @GetMapping("/forslag/stoette/bekraeft")
  String supportLink(@RequestParam(name = "token", required = false) String token, Model model) {
    return linkPage(supports.link(token), token, model);
  }

  @PostMapping("/forslag/stoette/bekraeft")
  String confirmSupport(
      @RequestParam(name = "token", required = false) String token,
      Model model,
      RedirectAttributes redirect) {
    LocalSupportManagement.Link link = supports.confirm(token);
    if (link.state() != LocalSupportManagement.LinkState.OPEN) {
      return linkPage(link, token, model);
    }
    Forms.confirm(redirect, "proposal.public.support.confirmed", link.proposal().getTitle());
    return "redirect:/forslag/" + link.proposal().getId() + "#stoette";
  }

  private String linkPage(LocalSupportManagement.Link link, String token, Model model) {
    Proposal proposal = link.proposal();
    model.addAttribute(
        "page",
        new PublicProposalPages.SupportLinkPage(
            link.state(),
            proposal == null ? null : proposal.getId(),
            proposal == null ? null : proposal.getTitle(),
            token));
    return "proposal/publicpages/supportLink";
  }

  private String page(
      Long id,
      Authentication authentication,
      String supportEmail,
      FormErrors supportErrors,
      String hideReason,
      FormErrors hideErrors,
      Model model) {
    PublicProposalPages.DetailPage page =
        views.detail(id, authentication, supportEmail, supportErrors, hideReason, hideErrors);
    if (page.supportOpen() || page.hides()) {
      // the forms' token lives in the session, which cannot be made once the page is on its way
      if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
          && request.getRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t) {
        t.getToken();
      }
    }
    model.addAttribute("page", page);
    return "proposal/publicpages/proposal";
  }
}
