package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilAdministration;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilMembership;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

/** Councils in the administration: all of them, registering, editing and their lifecycle. */
@Controller
@RequestMapping("/admin/lokalraad")
class CouncilAdminController {

  private final CouncilManagement councils;
  private final CouncilAdministration administration;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final CouncilMembership membership;

  CouncilAdminController(
      CouncilManagement councils,
      CouncilAdministration administration,
      AreaManagement areas,
      OrganisationManagement organisation,
      CouncilMembership membership) {
    this.councils = councils;
    this.administration = administration;
    this.areas = areas;
    this.organisation = organisation;
    this.membership = membership;
  }

  @GetMapping
  String list(Model model) {
    List<Council> all = administration.allCouncils();
    model.addAttribute(
        "page",
        CouncilListPage.of(
            all,
            areas.areasById(all.stream().map(Council::getAreaId).toList()),
            membership.memberCounts()));
    return "council/admin/councils";
  }

  @GetMapping("/ny")
  String newCouncil(Model model) {
    return form(model, null, CouncilForm.empty(), FormErrors.NONE, FormErrors.NONE);
  }

  @PostMapping("/ny")
  String create(
      @Validated({Default.class, CouncilForm.New.class}) @ModelAttribute("form") CouncilForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.check(result, true, areas.areas(), organisation.contactPersons());
    return Forms.submit(
        result,
        response,
        () -> {
          Council council =
              administration.registerCouncil(
                  form.effectiveSlug(), form.status(), form.toRegistration());
          Forms.confirm(redirect, "admin.council.created", council.getName());
          return "redirect:/admin/lokalraad";
        },
        () -> form(model, null, form, FormErrors.of(result), FormErrors.NONE));
  }

  @GetMapping("/{slug}")
  String edit(@PathVariable String slug, Model model) {
    Council council = councils.council(slug);
    return form(model, council, CouncilForm.of(council), FormErrors.NONE, FormErrors.NONE);
  }

  @PostMapping("/{slug}")
  String update(
      @PathVariable String slug,
      @Valid @ModelAttribute("form") CouncilForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = councils.council(slug);
    form.check(result, false, areas.areas(), organisation.contactPersons());
    return Forms.submit(
        result,
        response,
        () -> {
          Council saved = administration.updateRegistration(slug, form.toRegistration());
          Forms.confirm(redirect, "admin.council.saved", saved.getName());
          return "redirect:/admin/lokalraad/" + slug;
        },
        () -> form(model, council, form, FormErrors.of(result), FormErrors.NONE));
  }

  /** A status change the lifecycle refuses, or closing down unconfirmed, answers 409. */
  @PostMapping("/{slug}/status")
  String changeStatus(
      @PathVariable String slug,
      @ModelAttribute("statusForm") StatusForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = councils.council(slug);
    form.check(result);
    return Forms.submit(
        result,
        response,
        () -> {
          administration.changeStatus(slug, form.status());
          Forms.confirm(redirect, "admin.council.status.changed", council.getName());
          return "redirect:/admin/lokalraad/" + slug;
        },
        () -> {
          response.setStatus(HttpStatus.CONFLICT.value());
          Council current = councils.council(slug);
          return form(
              model, current, CouncilForm.of(current), FormErrors.NONE, FormErrors.of(result));
        });
  }

  private String form(
      Model model, Council council, CouncilForm form, FormErrors errors, FormErrors statusErrors) {
    model.addAttribute(
        "page",
        new CouncilFormPage(
            council,
            form,
            errors,
            areaChoices(council),
            organisation.contactPersons(),
            statusErrors));
    return "council/admin/councilForm";
  }

  /** The areas without a living council, and the council's own. */
  private List<Area> areaChoices(Council council) {
    Map<Long, Council> living = councils.councilsByArea();
    return areas.areas().stream()
        .filter(
            area ->
                !living.containsKey(area.getId())
                    || (council != null && area.getId().equals(council.getAreaId())))
        .toList();
  }
}
