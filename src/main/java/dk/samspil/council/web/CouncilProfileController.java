package dk.samspil.council.web;

import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilProfileManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
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

/** The council's own profile, edited by those who may answer for it. */
@Controller
class CouncilProfileController {

  private final CouncilManagement councils;
  private final CouncilProfileManagement profiles;
  private final OrganisationManagement organisation;

  CouncilProfileController(
      CouncilManagement councils,
      CouncilProfileManagement profiles,
      OrganisationManagement organisation) {
    this.councils = councils;
    this.profiles = profiles;
    this.organisation = organisation;
  }

  @GetMapping("/lokalraad/{slug}/rediger")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String edit(@PathVariable String slug, Model model) {
    Council council = councils.council(slug);
    return form(model, council, ProfileForm.of(council), FormErrors.NONE);
  }

  @PostMapping("/lokalraad/{slug}/rediger")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String save(
      @PathVariable String slug,
      @Valid @ModelAttribute("form") ProfileForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = councils.council(slug);
    form.check(result, organisation.themes());
    return Forms.submit(
        result,
        response,
        () -> {
          profiles.updateProfile(slug, form.toProfile());
          Forms.confirm(redirect, "selfservice.profile.saved");
          return "redirect:/lokalraad/" + slug + "/rediger";
        },
        () -> form(model, council, form, FormErrors.of(result)));
  }

  private String form(Model model, Council council, ProfileForm form, FormErrors errors) {
    List<Theme> themes =
        organisation.themes().stream()
            .sorted(Comparator.comparing(Theme::getName, AreaManagement.DANISH_ORDER))
            .toList();
    model.addAttribute("page", new SelfServicePages.ProfileEdit(council, form, themes, errors));
    return "council/profile";
  }
}
