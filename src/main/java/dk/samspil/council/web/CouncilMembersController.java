package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilAccess;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilMemberNotFound;
import dk.samspil.council.MembershipRefused;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A council's members. Those who may answer for the council invite people, change positions and the
 * right to answer, and remove members; the other members may only read the list. Nobody else sees
 * it.
 */
@Controller
class CouncilMembersController {

  private final CouncilManagement councils;
  private final CouncilAccess access;

  CouncilMembersController(CouncilManagement councils, CouncilAccess access) {
    this.councils = councils;
    this.access = access;
  }

  @GetMapping("/lokalraad/{slug}/medlemmer")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String members(
      @PathVariable String slug,
      @RequestParam(name = "besked", required = false) String notice,
      Authentication authentication,
      Model model) {
    boolean mayManage = access.mayManage(authentication, slug);
    return show(
        councils.council(slug),
        mayManage,
        InviteForm.empty(),
        List.of(),
        Notices.known(notice),
        model);
  }

  @PostMapping("/lokalraad/{slug}/medlemmer")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String invite(
      @PathVariable String slug,
      @ModelAttribute("invite") InviteForm form,
      Model model,
      HttpServletResponse response) {
    Council council = councils.council(slug);
    List<FieldError> errors = form.validate();
    if (errors.isEmpty()) {
      try {
        councils.inviteMember(slug, form.email().strip(), form.navn(), form.positionValue());
        return "redirect:/lokalraad/" + slug + "/medlemmer?besked=" + Notices.INVITED;
      } catch (MembershipRefused refused) {
        errors = List.of(new FieldError("invite-email", refused.messageKey()));
      }
    }
    response.setStatus(CouncilProfileController.UNPROCESSABLE);
    return show(council, true, form, errors, null, model);
  }

  @GetMapping("/lokalraad/{slug}/medlemmer/{memberId}")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String member(@PathVariable String slug, @PathVariable long memberId, Model model) {
    CouncilMemberListing member = listing(slug, memberId);
    return showMember(councils.council(slug), member, MemberForm.of(member), List.of(), model);
  }

  @PostMapping("/lokalraad/{slug}/medlemmer/{memberId}")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String change(
      @PathVariable String slug,
      @PathVariable long memberId,
      @ModelAttribute("form") MemberForm form,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    CouncilMemberListing member = listing(slug, memberId);
    List<FieldError> errors = form.validate();
    if (errors.isEmpty()) {
      try {
        councils.changeMember(
            slug, memberId, MemberForm.positionOf(form.position()), form.answers());
        return afterChange(slug, authentication, Notices.MEMBER_SAVED);
      } catch (MembershipRefused refused) {
        errors = List.of(new FieldError("maaSvare", refused.messageKey()));
      }
    }
    response.setStatus(CouncilProfileController.UNPROCESSABLE);
    return showMember(councils.council(slug), member, form, errors, model);
  }

  @PostMapping("/lokalraad/{slug}/medlemmer/{memberId}/fjern")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String remove(
      @PathVariable String slug,
      @PathVariable long memberId,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    CouncilMemberListing member = listing(slug, memberId);
    try {
      councils.removeMember(slug, memberId);
      return afterChange(slug, authentication, Notices.MEMBER_REMOVED);
    } catch (MembershipRefused refused) {
      response.setStatus(CouncilProfileController.UNPROCESSABLE);
      return showMember(
          councils.council(slug),
          member,
          MemberForm.of(member),
          List.of(new FieldError("fjern", refused.messageKey())),
          model);
    }
  }

  /** Back to the list, or to "Mit lokalråd" for someone who just gave up their own say. */
  private String afterChange(String slug, Authentication authentication, String notice) {
    if (!access.isMember(authentication, slug)) {
      return "redirect:/mit-lokalraad?besked=" + Notices.LEFT;
    }
    return "redirect:/lokalraad/" + slug + "/medlemmer?besked=" + notice;
  }

  private CouncilMemberListing listing(String slug, long memberId) {
    return councils.memberListing(slug, memberId).orElseThrow(() -> CouncilMemberNotFound.on(slug));
  }

  private String show(
      Council council,
      boolean mayManage,
      InviteForm invite,
      List<FieldError> errors,
      String notice,
      Model model) {
    model.addAttribute(
        "page",
        new SelfServicePages.Members(
            council, councils.memberListings(council.getId()), mayManage, invite, errors, notice));
    return "selfservice/members";
  }

  private String showMember(
      Council council,
      CouncilMemberListing member,
      MemberForm form,
      List<FieldError> errors,
      Model model) {
    model.addAttribute("page", new SelfServicePages.MemberEdit(council, member, form, errors));
    return "selfservice/member";
  }
}
