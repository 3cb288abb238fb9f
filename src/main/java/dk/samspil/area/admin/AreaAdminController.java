package dk.samspil.area.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaAdminColumn;
import dk.samspil.area.AreaAdministration;
import dk.samspil.area.AreaManagement;
import dk.samspil.area.Parish;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Areas in the administration: the list (with the columns other modules add, such as each area's
 * council), creating, editing and defining by parishes.
 */
@Controller
@RequestMapping("/admin/omraader")
class AreaAdminController {

  private final AreaManagement areas;
  private final AreaAdministration administration;
  private final OrganisationManagement organisation;
  private final List<AreaAdminColumn> columns;

  AreaAdminController(
      AreaManagement areas,
      AreaAdministration administration,
      OrganisationManagement organisation,
      List<AreaAdminColumn> columns) {
    this.areas = areas;
    this.administration = administration;
    this.organisation = organisation;
    this.columns = columns;
  }

  @GetMapping
  String list(Model model, Locale locale) {
    model.addAttribute("page", AreaListPage.of(areas.areas(), columns, locale));
    return "area/admin/areas";
  }

  @GetMapping("/ny")
  String newArea(Model model) {
    return form(model, null, AreaForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/ny")
  String create(
      @Validated({Default.class, AreaForm.New.class}) @ModelAttribute("form") AreaForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.check(result, true, organisation.contactPersons());
    return Forms.submit(
        result,
        response,
        () -> {
          Area area = administration.createArea(form.toDraft());
          Forms.confirm(redirect, "admin.area.created", area.getName());
          return "redirect:/admin/omraader";
        },
        () -> form(model, null, form, FormErrors.of(result)));
  }

  @GetMapping("/{slug}")
  String edit(@PathVariable String slug, Model model) {
    Area area = areas.area(slug);
    return form(model, area, AreaForm.of(area), FormErrors.NONE);
  }

  @PostMapping("/{slug}")
  String update(
      @PathVariable String slug,
      @Valid @ModelAttribute("form") AreaForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areas.area(slug);
    form.check(result, false, organisation.contactPersons());
    return Forms.submit(
        result,
        response,
        () -> {
          Area saved = administration.updateArea(slug, form.toDetails());
          Forms.confirm(redirect, "admin.area.saved", saved.getName());
          return "redirect:/admin/omraader";
        },
        () -> form(model, area, form, FormErrors.of(result)));
  }

  @GetMapping("/{slug}/sogne")
  String parishes(@PathVariable String slug, Model model) {
    Area area = areas.area(slug);
    return parishesForm(model, area, ParishesForm.of(area), FormErrors.NONE);
  }

  @PostMapping("/{slug}/sogne")
  String defineByParishes(
      @PathVariable String slug,
      @Valid @ModelAttribute("form") ParishesForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = areas.area(slug);
    return Forms.submit(
        result,
        response,
        () -> {
          administration.defineByParishes(slug, form.parishCodes());
          Forms.confirm(redirect, "admin.area.parishes.saved", area.getName());
          return "redirect:/admin/omraader/" + slug;
        },
        () -> parishesForm(model, area, form, FormErrors.of(result)));
  }

  private String form(Model model, Area area, AreaForm form, FormErrors errors) {
    model.addAttribute(
        "page",
        new AreaFormPage(
            area,
            form,
            errors,
            organisation.contactPersons(),
            area == null ? parishChoices(null) : List.of()));
    return "area/admin/areaForm";
  }

  private String parishesForm(Model model, Area area, ParishesForm form, FormErrors errors) {
    model.addAttribute("page", new AreaParishesPage(area, form, errors, parishChoices(area)));
    return "area/admin/areaParishes";
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
}
