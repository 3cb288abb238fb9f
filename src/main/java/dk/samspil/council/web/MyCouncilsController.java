package dk.samspil.council.web;

import dk.samspil.council.CouncilManagement;
import dk.samspil.shared.SamspilPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mit lokalråd": a signed-in person's council seats, with the way to each council's pages, and
 * their consent to show their name publicly. Everyone signed in may look; non-members see how to
 * become one.
 */
@Controller
class MyCouncilsController {

  private final CouncilManagement councils;

  MyCouncilsController(CouncilManagement councils) {
    this.councils = councils;
  }

  @GetMapping("/mit-lokalraad")
  String myCouncils(
      @RequestParam(name = "besked", required = false) String notice,
      Authentication authentication,
      Model model) {
    long accountId = accountId(authentication);
    model.addAttribute(
        "page",
        new SelfServicePages.MyCouncils(
            councils.seatsWithCouncils(accountId), Notices.known(notice)));
    return "selfservice/myCouncils";
  }

  /** The person's own consent to show their name on the council's public page. */
  @PostMapping("/mit-lokalraad/navn")
  String namePublic(
      @RequestParam("medlem") long memberId,
      @RequestParam(name = "navnOffentligt", defaultValue = "false") boolean namePublic,
      Authentication authentication) {
    councils
        .setNamePublic(accountId(authentication), memberId, namePublic)
        .orElseThrow(() -> new AccessDeniedException("not the person's own seat"));
    return "redirect:/mit-lokalraad?besked=" + Notices.CONSENT_SAVED;
  }

  static long accountId(Authentication authentication) {
    if (authentication != null && authentication.getPrincipal() instanceof SamspilPrincipal p) {
      return p.accountId();
    }
    throw new AccessDeniedException("no Samspil account");
  }
}
