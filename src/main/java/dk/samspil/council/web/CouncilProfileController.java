package dk.samspil.council.web;

import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The council's own profile, edited by those who may answer for it. */
@Controller
class CouncilProfileController {

  /** Unprocessable content: the form comes back with its errors. */
  static final int UNPROCESSABLE = 422;

  private final CouncilManagement councils;
  private final OrganisationManagement organisation;

  CouncilProfileController(CouncilManagement councils, OrganisationManagement organisation) {
    this.councils = councils;
    this.organisation = organisation;
  }

  @GetMapping("/lokalraad/{slug}/rediger")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String edit(
      @PathVariable String slug,
      @RequestParam(name = "gemt", required = false) String saved,
      Model model) {
    Council council = councils.council(slug);
    return show(council, ProfileForm.of(council), List.of(), saved != null, model);
  }

  @PostMapping("/lokalraad/{slug}/rediger")
  @PreAuthorize("@councilAccess.mayManage(authentication, #slug)")
  String save(
      @PathVariable String slug,
      @ModelAttribute("form") ProfileForm form,
      Model model,
      HttpServletResponse response) {
    Council council = councils.council(slug);
    Set<Long> themeIds =
        organisation.themes().stream().map(Theme::getId).collect(Collectors.toSet());
    List<FieldError> errors = form.validate(themeIds);
    if (!errors.isEmpty()) {
      response.setStatus(UNPROCESSABLE);
      return show(council, form, errors, false, model);
    }
    councils.updateProfile(slug, form.toProfile());
    return "redirect:/lokalraad/" + slug + "/rediger?gemt";
  }

  private String show(
      Council council, ProfileForm form, List<FieldError> errors, boolean saved, Model model) {
    model.addAttribute(
        "page",
        new SelfServicePages.ProfileEdit(
            council,
            form,
            organisation.themes().stream()
                .sorted(Comparator.comparing(Theme::getName, AreaManagement.DANISH_ORDER))
                .toList(),
            errors,
            saved));
    return "selfservice/profile";
  }
}
