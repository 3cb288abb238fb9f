package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilAccess;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilMembership;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A council's members. Those who may answer for the council invite people, change positions and the
 * right to answer, and remove members; the other members may only read the list. Nobody else sees
 * it.
 */
@Controller
class CouncilMembersController {

  private final CouncilManagement councils;
  private final CouncilMembership membership;
  private final CouncilAccess access;

  CouncilMembersController(
      CouncilManagement councils, CouncilMembership membership, CouncilAccess access) {
    this.councils = councils;
    this.membership = membership;
    this.access = access;
  }

  @GetMapping("/lokalraad/{slug}/medlemmer")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String members(@PathVariable String slug, Authentication authentication, Model model) {
    boolean mayManage = access.mayManage(authentication, slug);
    return members(model, councils.council(slug), mayManage, InviteForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/lokalraad/{slug}/medlemmer")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String invite(
      @PathVariable String slug,
      @Valid @ModelAttribute("invite") InviteForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = councils.council(slug);
    return Forms.submit(
        result,
        response,
        () -> {
          membership.inviteMember(slug, form.toInvitation());
          Forms.confirm(redirect, "selfservice.confirm.invited", form.toInvitation().email());
          return "redirect:/lokalraad/" + slug + "/medlemmer";
        },
        () -> members(model, council, true, form, FormErrors.of(result)));
  }

  @GetMapping("/lokalraad/{slug}/medlemmer/{memberId}")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String member(@PathVariable String slug, @PathVariable long memberId, Model model) {
    CouncilMemberListing member = membership.memberListing(slug, memberId);
    return member(model, councils.council(slug), member, MemberForm.of(member), FormErrors.NONE);
  }

  @PostMapping("/lokalraad/{slug}/medlemmer/{memberId}")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String change(
      @PathVariable String slug,
      @PathVariable long memberId,
      @Valid @ModelAttribute("form") MemberForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CouncilMemberListing member = membership.memberListing(slug, memberId);
    return Forms.submit(
        result,
        response,
        () -> {
          membership.changeMember(slug, memberId, form.position(), form.answers());
          return afterChange(slug, authentication, redirect, "selfservice.confirm.member-saved");
        },
        () -> member(model, councils.council(slug), member, form, FormErrors.of(result)));
  }

  /** Removes the member; the last one who may answer for the council stays, with 422. */
  @PostMapping("/lokalraad/{slug}/medlemmer/{memberId}/fjern")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String remove(
      @PathVariable String slug,
      @PathVariable long memberId,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CouncilMemberListing member = membership.memberListing(slug, memberId);
    MemberForm form = MemberForm.of(member);
    BindingResult result = new BeanPropertyBindingResult(form, "form");
    return Forms.submit(
        result,
        response,
        () -> {
          membership.removeMember(slug, memberId);
          return afterChange(slug, authentication, redirect, "selfservice.confirm.member-removed");
        },
        () -> member(model, councils.council(slug), member, form, FormErrors.of(result)));
  }

  /** Back to the list, or to "Mit lokalråd" for someone who just gave up their own say. */
  private String afterChange(
      String slug, Authentication authentication, RedirectAttributes redirect, String done) {
    if (!access.isMember(authentication, slug)) {
      Forms.confirm(redirect, "selfservice.confirm.left");
      return "redirect:/mit-lokalraad";
    }
    Forms.confirm(redirect, done);
    return "redirect:/lokalraad/" + slug + "/medlemmer";
  }

  private String members(
      Model model, Council council, boolean mayManage, InviteForm invite, FormErrors errors) {
    model.addAttribute(
        "page",
        new SelfServicePages.Members(
            council, membership.memberListings(council.getId()), mayManage, invite, errors));
    return "council/members";
  }

  private String member(
      Model model,
      Council council,
      CouncilMemberListing member,
      MemberForm form,
      FormErrors errors) {
    model.addAttribute("page", new SelfServicePages.MemberEdit(council, member, form, errors));
    return "council/member";
  }
}
