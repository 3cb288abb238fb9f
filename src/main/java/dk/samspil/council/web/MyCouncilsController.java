package dk.samspil.council.web;

import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilSeat;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mit lokalråd": a signed-in person's council seats, each leading to that council's home for its
 * members, which other modules add sections to; and the person's consent to show their name
 * publicly. Everyone signed in may see the overview; non-members see how to become one.
 */
@Controller
class MyCouncilsController {

  private final CouncilMembership membership;
  private final CouncilHomeSections sections;

  MyCouncilsController(CouncilMembership membership, CouncilHomeSections sections) {
    this.membership = membership;
    this.sections = sections;
  }

  @GetMapping("/mit-lokalraad")
  String myCouncils(Authentication authentication, Model model) {
    model.addAttribute(
        "page",
        new SelfServicePages.MyCouncils(
            membership.seatsWithCouncils(SamspilPrincipal.accountIdOf(authentication))));
    return "council/myCouncils";
  }

  /** The council's home for its members: its pages, and what other modules have for them. */
  @GetMapping("/mit-lokalraad/{slug}")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String home(
      @PathVariable String slug, Authentication authentication, Locale locale, Model model) {
    long accountId = SamspilPrincipal.accountIdOf(authentication);
    CouncilSeat seat =
        membership
            .seatOn(slug, accountId)
            .orElseThrow(() -> new AccessDeniedException("not a member of the council"));
    model.addAttribute(
        "page",
        new SelfServicePages.CouncilHome(
            seat, sections.forMembers(seat.council(), accountId, locale)));
    return "council/myCouncil";
  }

  /** The person's own consent to show their name on the council's public page. */
  @PostMapping("/mit-lokalraad/navn")
  String namePublic(
      @ModelAttribute NameConsentForm form,
      Authentication authentication,
      RedirectAttributes redirect) {
    if (form.medlem() == null
        || membership
            .setNamePublic(
                SamspilPrincipal.accountIdOf(authentication), form.medlem(), form.namePublic())
            .isEmpty()) {
      throw new AccessDeniedException("not the person's own seat");
    }
    Forms.confirm(redirect, "selfservice.confirm.consent-saved");
    return "redirect:/mit-lokalraad";
  }
}
