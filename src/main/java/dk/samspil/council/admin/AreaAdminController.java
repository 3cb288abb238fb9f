package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.area.AreaRefused;
import dk.samspil.area.Parish;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Areas in the administration: the list, creating, editing and defining by parishes. */
@Controller
@RequestMapping("/admin/omraader")
class AreaAdminController {

  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;

  AreaAdminController(
      AreaManagement areas, CouncilManagement councils, OrganisationManagement organisation) {
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
  }

  @GetMapping
  String list(Model model) {
    var byArea = councils.councilsByArea();
    model.addAttribute(
        "page",
        new AreaListPage(
            areas.areas().stream()
                .map(area -> new AreaListPage.Row(area, byArea.get(area.getId())))
                .toList()));
    return "admin/areas";
  }

  @GetMapping("/ny")
  String newArea(Model model) {
    return form(model, null, AreaForm.empty(), List.of());
  }

  @PostMapping("/ny")
  String create(
      @ModelAttribute AreaForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldError> errors = form.validate(true, contactPersonIds());
    if (errors.isEmpty()) {
      try {
        Area area =
            areas.createArea(
                form.effectiveSlug(),
                form.name().strip(),
                form.characterValue(),
                form.contactPersonValue(),
                form.parishCodes());
        notice(redirect, "admin.area.created", area.getName());
        return "redirect:/admin/omraader";
      } catch (AreaRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, null, form, errors);
  }

  @GetMapping("/{slug}")
  String edit(@PathVariable String slug, Model model) {
    Area area = areas.area(slug);
    AreaForm form =
        new AreaForm(
            area.getName(),
            area.getSlug(),
            area.getCharacter().name(),
            area.getContactPersonId() == null ? "" : area.getContactPersonId().toString(),
            List.copyOf(area.getParishCodes()));
    return form(model, area, form, List.of());
  }

  @PostMapping("/{slug}")
  String update(
      @PathVariable String slug,
      @ModelAttribute AreaForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areas.area(slug);
    List<FieldError> errors = form.validate(false, contactPersonIds());
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, area, form, errors);
    }
    areas.updateArea(slug, form.name().strip(), form.characterValue(), form.contactPersonValue());
    notice(redirect, "admin.area.saved", form.name().strip());
    return "redirect:/admin/omraader";
  }

  @GetMapping("/{slug}/sogne")
  String parishes(@PathVariable String slug, Model model) {
    Area area = areas.area(slug);
    AreaForm form = new AreaForm(null, slug, null, null, List.copyOf(area.getParishCodes()));
    model.addAttribute("page", new AreaParishesPage(area, form, List.of(), parishChoices(area)));
    return "admin/areaParishes";
  }

  @PostMapping("/{slug}/sogne")
  String defineByParishes(
      @PathVariable String slug,
      @ModelAttribute AreaForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areas.area(slug);
    List<FieldError> errors = new ArrayList<>();
    if (form.parishCodes().isEmpty()) {
      errors.add(new FieldError("parishes", "geometry.no-parishes"));
    } else {
      try {
        areas.defineByParishes(slug, form.parishCodes());
        notice(redirect, "admin.area.parishes.saved", area.getName());
        return "redirect:/admin/omraader/" + slug;
      } catch (AreaRefused refused) {
        errors.add(new FieldError("parishes", refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("page", new AreaParishesPage(area, form, errors, parishChoices(area)));
    return "admin/areaParishes";
  }

  private String form(Model model, Area area, AreaForm form, List<FieldError> errors) {
    model.addAttribute(
        "page",
        new AreaFormPage(
            area,
            form,
            errors,
            organisation.contactPersons(),
            area == null ? parishChoices(null) : List.of()));
    return "admin/areaForm";
  }

  private List<ParishChoice> parishChoices(Area self) {
    Map<String, Area> owners = areas.areasByParish();
    List<ParishChoice> choices = new ArrayList<>();
    for (Parish parish : areas.parishes()) {
      Area owner = owners.get(parish.getCode());
      boolean other = owner != null && (self == null || !owner.getId().equals(self.getId()));
      choices.add(
          new ParishChoice(parish.getCode(), parish.getName(), other ? owner.getName() : null));
    }
    return choices;
  }

  private Set<Long> contactPersonIds() {
    return organisation.contactPersons().stream()
        .map(ContactPerson::getId)
        .collect(Collectors.toSet());
  }

  static void notice(RedirectAttributes redirect, String key, String argument) {
    redirect.addFlashAttribute("notice", key);
    redirect.addFlashAttribute("noticeArg", argument);
  }
}
