package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilRefused;
import dk.samspil.council.CouncilStatus;
import dk.samspil.council.IllegalStatusChange;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Councils in the administration: all of them, registering, editing and their lifecycle. */
@Controller
@RequestMapping("/admin/lokalraad")
class CouncilAdminController {

  private final CouncilManagement councils;
  private final AreaManagement areas;
  private final OrganisationManagement organisation;
  private final MessageSource messages;

  CouncilAdminController(
      CouncilManagement councils,
      AreaManagement areas,
      OrganisationManagement organisation,
      MessageSource messages) {
    this.councils = councils;
    this.areas = areas;
    this.organisation = organisation;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    List<Council> all = councils.allCouncils();
    Map<Long, Area> byId = areas.areasById(all.stream().map(Council::getAreaId).toList());
    model.addAttribute(
        "page",
        new CouncilListPage(
            all.stream()
                .map(council -> new CouncilListPage.Row(council, byId.get(council.getAreaId())))
                .toList()));
    return "admin/councils";
  }

  @GetMapping("/ny")
  String newCouncil(Model model) {
    return form(model, null, CouncilForm.empty(), List.of(), List.of());
  }

  @PostMapping("/ny")
  String create(
      @ModelAttribute CouncilForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldError> errors = form.validate(true, areaIds(), contactPersonIds());
    if (errors.isEmpty()) {
      try {
        Council council =
            councils.registerCouncil(
                form.effectiveSlug(), form.statusValue(), form.toRegistration());
        AreaAdminController.notice(redirect, "admin.council.created", council.getName());
        return "redirect:/admin/lokalraad";
      } catch (CouncilRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, null, form, errors, List.of());
  }

  @GetMapping("/{slug}")
  String edit(@PathVariable String slug, Model model) {
    Council council = councils.council(slug);
    return form(model, council, formOf(council), List.of(), List.of());
  }

  @PostMapping("/{slug}")
  String update(
      @PathVariable String slug,
      @ModelAttribute CouncilForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = councils.council(slug);
    List<FieldError> errors = form.validate(false, areaIds(), contactPersonIds());
    if (errors.isEmpty()) {
      try {
        councils.updateRegistration(slug, form.toRegistration());
        AreaAdminController.notice(redirect, "admin.council.saved", form.name().strip());
        return "redirect:/admin/lokalraad/" + slug;
      } catch (CouncilRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, council, form, errors, List.of());
  }

  @PostMapping("/{slug}/status")
  String changeStatus(
      @PathVariable String slug,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "bekraeft", required = false) String confirmed,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Council council = councils.council(slug);
    CouncilStatus target =
        Arrays.stream(CouncilStatus.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElse(null);
    List<FieldError> errors = new ArrayList<>();
    if (target == CouncilStatus.NEDLAGT && confirmed == null) {
      errors.add(new FieldError("bekraeft", "admin.council.status.confirm-required"));
    } else {
      try {
        councils.changeStatus(slug, target);
        AreaAdminController.notice(redirect, "admin.council.status.changed", council.getName());
        return "redirect:/admin/lokalraad/" + slug;
      } catch (IllegalStatusChange illegal) {
        errors.add(
            new FieldError(
                "status",
                "admin.council.status.illegal",
                statusName(illegal.from()),
                illegal.to() == null ? "–" : statusName(illegal.to())));
      }
    }
    response.setStatus(HttpStatus.CONFLICT.value());
    Council current = councils.council(slug);
    return form(model, current, formOf(current), List.of(), errors);
  }

  private String form(
      Model model,
      Council council,
      CouncilForm form,
      List<FieldError> errors,
      List<FieldError> statusErrors) {
    Map<Long, Council> living = councils.councilsByArea();
    List<Area> choices =
        areas.areas().stream()
            .filter(
                area ->
                    !living.containsKey(area.getId())
                        || (council != null && area.getId().equals(council.getAreaId())))
            .toList();
    model.addAttribute(
        "page",
        new CouncilFormPage(
            council, form, errors, choices, organisation.contactPersons(), statusErrors));
    return "admin/councilForm";
  }

  private String statusName(CouncilStatus status) {
    return messages.getMessage(status.messageKey(), null, LocaleContextHolder.getLocale());
  }

  private static CouncilForm formOf(Council council) {
    return new CouncilForm(
        council.getName(),
        council.getSlug(),
        council.getStatus().name(),
        String.valueOf(council.getAreaId()),
        council.getWebsite(),
        council.getPublicEmail(),
        council.getDescription(),
        council.getFounded() == null ? "" : council.getFounded().toString(),
        council.getContactPersonId() == null ? "" : council.getContactPersonId().toString());
  }

  private Set<Long> areaIds() {
    return areas.areas().stream().map(Area::getId).collect(Collectors.toSet());
  }

  private Set<Long> contactPersonIds() {
    return organisation.contactPersons().stream()
        .map(ContactPerson::getId)
        .collect(Collectors.toSet());
  }
}
