package dk.samspil.proposal.web.council;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The council's proposals, for its members: those waiting for it, and those it decided lately. */
@Controller
class CouncilProposalListController {

  private final CouncilManagement councils;
  private final CouncilProposalViews views;

  CouncilProposalListController(CouncilManagement councils, CouncilProposalViews views) {
    this.councils = councils;
    this.views = views;
  }

  @GetMapping("/mit-lokalraad/{slug}/forslag")
  @PreAuthorize("@councilAccess.isMember(authentication, #slug)")
  String list(@PathVariable String slug, Model model) {
    Council council = councils.council(slug);
    model.addAttribute(
        "page",
        new CouncilProposalPages.ListPage(
            council,
            views.waiting(council.getId()),
            views.decided(council.getId()),
            views.recentDays()));
    return "proposal/council/list";
  }
}
