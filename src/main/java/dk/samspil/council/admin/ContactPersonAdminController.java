package dk.samspil.council.admin;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.CouncilStatus;
import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationChangeRefused;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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

/**
 * Contact persons in the administration. Here rather than in the organisation module because the
 * list shows the councils and areas each one serves.
 */
@Controller
@RequestMapping("/admin/kontaktpersoner")
class ContactPersonAdminController {

  private final OrganisationManagement organisation;
  private final CouncilManagement councils;
  private final AreaManagement areas;

  ContactPersonAdminController(
      OrganisationManagement organisation, CouncilManagement councils, AreaManagement areas) {
    this.organisation = organisation;
    this.councils = councils;
    this.areas = areas;
  }

  @GetMapping
  String list(Model model) {
    Map<Long, Department> departments =
        organisation.departments().stream()
            .collect(Collectors.toMap(Department::getId, Function.identity()));
    List<Council> living =
        councils.allCouncils().stream()
            .filter(council -> council.getStatus() != CouncilStatus.NEDLAGT)
            .toList();
    List<Area> allAreas = areas.areas();
    List<ContactPersonListPage.Row> rows =
        organisation.contactPersons().stream()
            .map(
                person ->
                    new ContactPersonListPage.Row(
                        person,
                        departments.get(person.getDepartmentId()),
                        living.stream()
                            .filter(c -> Objects.equals(c.getContactPersonId(), person.getId()))
                            .toList(),
                        allAreas.stream()
                            .filter(a -> Objects.equals(a.getContactPersonId(), person.getId()))
                            .toList()))
            .toList();
    model.addAttribute("page", new ContactPersonListPage(rows));
    return "admin/contactPersons";
  }

  @GetMapping("/ny")
  String newPerson(Model model) {
    return form(model, null, ContactPersonForm.empty(), List.of());
  }

  @PostMapping("/ny")
  String create(
      @ModelAttribute ContactPersonForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldError> errors = form.validate(departmentIds());
    if (errors.isEmpty()) {
      try {
        ContactPerson person =
            organisation.createContactPerson(
                form.cleanName(),
                form.cleanTitle(),
                form.cleanEmail(),
                form.cleanPhone(),
                form.departmentValue());
        AreaAdminController.notice(redirect, "admin.contact.created", person.getName());
        return "redirect:/admin/kontaktpersoner";
      } catch (OrganisationChangeRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, null, form, errors);
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    ContactPerson person = organisation.contactPersonById(id);
    return form(
        model,
        person,
        new ContactPersonForm(
            person.getName(),
            person.getTitle(),
            person.getEmail(),
            person.getPhone(),
            person.getDepartmentId() == null ? "" : person.getDepartmentId().toString()),
        List.of());
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute ContactPersonForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContactPerson person = organisation.contactPersonById(id);
    List<FieldError> errors = form.validate(departmentIds());
    if (errors.isEmpty()) {
      try {
        organisation.updateContactPerson(
            id,
            form.cleanName(),
            form.cleanTitle(),
            form.cleanEmail(),
            form.cleanPhone(),
            form.departmentValue());
        AreaAdminController.notice(redirect, "admin.contact.saved", form.cleanName());
        return "redirect:/admin/kontaktpersoner";
      } catch (OrganisationChangeRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, person, form, errors);
  }

  private String form(
      Model model, ContactPerson person, ContactPersonForm form, List<FieldError> errors) {
    model.addAttribute(
        "page", new ContactPersonFormPage(person, form, errors, organisation.departments()));
    return "admin/contactPersonForm";
  }

  private java.util.Set<Long> departmentIds() {
    return organisation.departments().stream().map(Department::getId).collect(Collectors.toSet());
  }
}
