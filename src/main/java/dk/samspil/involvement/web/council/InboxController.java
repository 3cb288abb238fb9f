package dk.samspil.involvement.web.council;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The council's inbox: the processes it is invited to, with their deadlines and its answers. */
@Controller
class InboxController {

  private final ContributionPages pages;

  InboxController(ContributionPages pages) {
    this.pages = pages;
  }

  @GetMapping("/mit-lokalraad/{slug}/inddragelser")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String inbox(@PathVariable String slug, Model model) {
    model.addAttribute("page", pages.inbox(pages.council(slug)));
    return "involvement/council/inbox";
  }
}
