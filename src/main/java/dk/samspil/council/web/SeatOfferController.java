package dk.samspil.council.web;

import dk.samspil.council.CouncilMembership;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seat offered to someone who already has an account: the e-mailed link leads here (through
 * sign-in and back), where the person sees the council and position and accepts or declines.
 */
@Controller
class SeatOfferController {

  static final String PATH = "/lokalraad-invitation";

  private final CouncilMembership membership;

  SeatOfferController(CouncilMembership membership) {
    this.membership = membership;
  }

  @GetMapping(PATH)
  String offer(
      @RequestParam(name = "token", required = false) String token,
      Authentication authentication,
      Model model) {
    return page(
        model, membership.seatOffer(token, SamspilPrincipal.accountIdOf(authentication)), token);
  }

  @PostMapping(PATH)
  String decide(
      @RequestParam(name = "token", required = false) String token,
      @RequestParam(name = "svar", required = false) String answer,
      Authentication authentication,
      Model model,
      RedirectAttributes redirect) {
    boolean accept = "ja".equals(answer);
    CouncilMembership.SeatOffer offer =
        membership.decideSeatOffer(token, SamspilPrincipal.accountIdOf(authentication), accept);
    if (!offer.isOpen()) {
      return page(model, offer, token);
    }
    if (accept) {
      Forms.confirm(redirect, "seat-offer.confirm.accepted", offer.council().getName());
      return "redirect:/mit-lokalraad/" + offer.council().getSlug();
    }
    Forms.confirm(redirect, "seat-offer.confirm.declined", offer.council().getName());
    return "redirect:/mit-lokalraad";
  }

  private static String page(Model model, CouncilMembership.SeatOffer offer, String token) {
    model.addAttribute("page", new SelfServicePages.SeatOfferPage(offer, token));
    return "council/seatOffer";
  }
}
