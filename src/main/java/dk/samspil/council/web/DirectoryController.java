package dk.samspil.council.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.AreaPageSection;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilAccess;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMembership;
import dk.samspil.council.CouncilPageSection;
import dk.samspil.council.PageSection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of areas and councils. */
@Controller
class DirectoryController {

  private final Directory directory;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final CouncilMembership membership;
  private final CouncilAccess access;
  private final List<CouncilPageSection> councilSections;
  private final List<AreaPageSection> areaSections;

  DirectoryController(
      Directory directory,
      AreaManagement areas,
      CouncilManagement councils,
      CouncilMembership membership,
      CouncilAccess access,
      List<CouncilPageSection> councilSections,
      List<AreaPageSection> areaSections) {
    this.directory = directory;
    this.areas = areas;
    this.councils = councils;
    this.membership = membership;
    this.access = access;
    this.councilSections = councilSections;
    this.areaSections = areaSections;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("page", new Pages.Home(directory.listings()));
    return "council/home";
  }

  @GetMapping("/lokalomraader")
  String areas(Model model) {
    model.addAttribute("page", new Pages.Home(directory.listings()));
    return "council/areas";
  }

  @GetMapping("/lokalomraader/{slug}")
  String area(@PathVariable String slug, Model model) {
    Area area = areas.area(slug);
    AreaListing listing = directory.listing(area);
    model.addAttribute(
        "page",
        new Pages.AreaDetail(
            listing,
            areas.parishesOf(area),
            listing.hasCouncil() ? directory.themesOf(listing.council()) : List.of(),
            areaSections.stream()
                .map(section -> section.forArea(area, LocaleContextHolder.getLocale()))
                .flatMap(Optional::stream)
                .toList()));
    return "council/area";
  }

  @GetMapping("/lokalraad")
  String councils(Model model) {
    model.addAttribute(
        "page", new Pages.CouncilList(directory.councilListings(directory.listings())));
    return "council/councils";
  }

  @GetMapping("/lokalraad/{slug}")
  String council(@PathVariable String slug, Authentication authentication, Model model) {
    Council council = councils.council(slug);
    List<PageSection> sections =
        councilSections.stream()
            .map(section -> section.forCouncil(council, LocaleContextHolder.getLocale()))
            .flatMap(Optional::stream)
            .toList();
    model.addAttribute(
        "page",
        new Pages.CouncilDetail(
            directory.listing(council),
            directory.themesOf(council),
            membership.board(council.getId()),
            access.isMember(authentication, slug),
            access.mayManage(authentication, slug),
            access.mayInviteFromOutside(authentication, slug),
            sections));
    return "council/council";
  }
}
