package dk.samspil.involvement.web.staff;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview of every published process: answer rates, and contributions whose feedback is
 * overdue. Staff follow up from it; a contact person, who used to read it here, is sent to her own
 * desk.
 */
@Controller
@PreAuthorize(Staff.READS_OVERVIEW)
class StaffOverviewController {

  private final StaffViews views;
  private final OverviewSections sections;

  StaffOverviewController(StaffViews views, OverviewSections sections) {
    this.views = views;
    this.sections = sections;
  }

  @GetMapping("/medarbejder/overblik")
  String overview(
      @RequestParam(name = "side", defaultValue = "0") int page,
      Authentication authentication,
      Locale locale,
      Model model) {
    boolean staff =
        authentication.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals("ROLE_MEDARBEJDER")
                        || a.getAuthority().equals("ROLE_ADMINISTRATOR"));
    if (!staff) {
      return "redirect:/kontaktperson";
    }
    model.addAttribute("page", views.overviewPage(page));
    model.addAttribute("sections", sections.forStaff(locale));
    return "involvement/staff/overview";
  }
}
