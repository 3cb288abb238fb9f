package dk.samspil.organisation.admin;

import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationChangeRefused;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Departments (centre) in the administration: a unique name and an optional unit. */
@Controller
@RequestMapping("/admin/centre")
class DepartmentAdminController {

  private final OrganisationManagement organisation;

  DepartmentAdminController(OrganisationManagement organisation) {
    this.organisation = organisation;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", new DepartmentListPage(organisation.departments()));
    return "admin/departments";
  }

  @GetMapping("/ny")
  String newDepartment(Model model) {
    return form(model, null, DepartmentForm.empty(), List.of());
  }

  @PostMapping("/ny")
  String create(
      @ModelAttribute DepartmentForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldError> errors = form.validate();
    if (errors.isEmpty()) {
      try {
        Department department =
            organisation.createDepartment(form.name().strip(), Fields.clean(form.unit()));
        Fields.notice(redirect, "admin.department.created", department.getName());
        return "redirect:/admin/centre";
      } catch (OrganisationChangeRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, null, form, errors);
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Department department = organisation.department(id);
    return form(
        model,
        department,
        new DepartmentForm(department.getName(), department.getUnit()),
        List.of());
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute DepartmentForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Department department = organisation.department(id);
    List<FieldError> errors = form.validate();
    if (errors.isEmpty()) {
      try {
        organisation.updateDepartment(id, form.name().strip(), Fields.clean(form.unit()));
        Fields.notice(redirect, "admin.department.saved", form.name().strip());
        return "redirect:/admin/centre";
      } catch (OrganisationChangeRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, department, form, errors);
  }

  private String form(
      Model model, Department department, DepartmentForm form, List<FieldError> errors) {
    model.addAttribute("page", new DepartmentFormPage(department, form, errors));
    return "admin/departmentForm";
  }
}
