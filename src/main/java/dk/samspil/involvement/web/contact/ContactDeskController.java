package dk.samspil.involvement.web.contact;

import dk.samspil.shared.SamspilPrincipal;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contact person's desk and the processes her councils are invited to. Only contact persons:
 * what they see is decided by the councils and areas their record covers.
 */
@Controller
@PreAuthorize(ContactDeskController.CONTACT_PERSON)
class ContactDeskController {

  static final String CONTACT_PERSON = "hasRole('KONTAKTPERSON')";

  /** Where the desk is; the landing after sign-in and the header's link. */
  static final String DESK = "/kontaktperson";

  private final ContactViews views;
  private final DeskSections sections;

  ContactDeskController(ContactViews views, DeskSections sections) {
    this.views = views;
    this.sections = sections;
  }

  @GetMapping(DESK)
  String desk(
      @RequestParam(name = "side", defaultValue = "0") int page,
      Authentication authentication,
      Locale locale,
      Model model) {
    model.addAttribute(
        "page", views.deskPage(SamspilPrincipal.accountIdOf(authentication), Math.max(0, page)));
    model.addAttribute(
        "sections",
        sections.forContactPerson(SamspilPrincipal.accountIdOf(authentication), locale));
    return "involvement/contact/desk";
  }

  @GetMapping(DESK + "/inddragelser/{id}")
  String process(@PathVariable Long id, Authentication authentication, Model model) {
    model.addAttribute("page", views.processPage(SamspilPrincipal.accountIdOf(authentication), id));
    return "involvement/contact/process";
  }
}
