package dk.samspil.council.web;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMemberListing;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilPosition;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting a person to a council's board from outside it: the administrator and the council's
 * contact person give a council its first chair (or any member), with the same invitation mail and
 * acceptance as a chair's invitation.
 */
@Controller
class OutsideInvitationController {

  private final CouncilManagement councils;
  private final CouncilMembership membership;

  OutsideInvitationController(CouncilManagement councils, CouncilMembership membership) {
    this.councils = councils;
    this.membership = membership;
  }

  @GetMapping("/lokalraad/{slug}/inviter")
  @PreAuthorize("@councilAccess.mayInviteFromOutside(authentication, #slug)")
  String form(@PathVariable String slug, Model model) {
    Council council = councils.council(slug);
    List<CouncilMemberListing> members = membership.memberListings(council.getId());
    boolean hasAnswerer = members.stream().anyMatch(CouncilMemberListing::mayAnswer);
    InviteForm form =
        InviteForm.empty(hasAnswerer ? CouncilPosition.MEDLEM : CouncilPosition.FORMAND);
    return page(model, council, members, form, FormErrors.NONE);
  }

  @PostMapping("/lokalraad/{slug}/inviter")
  @PreAuthorize("@councilAccess.mayInviteFromOutside(authentication, #slug)")
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
          return "redirect:/lokalraad/" + slug + "/inviter";
        },
        () ->
            page(
                model,
                council,
                membership.memberListings(council.getId()),
                form,
                FormErrors.of(result)));
  }

  private String page(
      Model model,
      Council council,
      List<CouncilMemberListing> members,
      InviteForm form,
      FormErrors errors) {
    model.addAttribute("page", new SelfServicePages.OutsideInvite(council, members, form, errors));
    return "council/invite";
  }
}
