package dk.samspil.organisation.admin;

import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationAdministration;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
  private final OrganisationAdministration administration;

  DepartmentAdminController(
      OrganisationManagement organisation, OrganisationAdministration administration) {
    this.organisation = organisation;
    this.administration = administration;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", new DepartmentListPage(organisation.departments()));
    return "organisation/admin/departments";
  }

  @GetMapping("/ny")
  String newDepartment(Model model) {
    return form(model, null, DepartmentForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/ny")
  String create(
      @Valid @ModelAttribute("form") DepartmentForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          Department department = administration.createDepartment(form.toDraft());
          Forms.confirm(redirect, "admin.department.created", department.getName());
          return "redirect:/admin/centre";
        },
        () -> form(model, null, form, FormErrors.of(result)));
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Department department = organisation.department(id);
    return form(model, department, DepartmentForm.of(department), FormErrors.NONE);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") DepartmentForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Department department = organisation.department(id);
    return Forms.submit(
        result,
        response,
        () -> {
          Department saved = administration.updateDepartment(id, form.toDraft());
          Forms.confirm(redirect, "admin.department.saved", saved.getName());
          return "redirect:/admin/centre";
        },
        () -> form(model, department, form, FormErrors.of(result)));
  }

  private String form(Model model, Department department, DepartmentForm form, FormErrors errors) {
    model.addAttribute("page", new DepartmentFormPage(department, form, errors));
    return "organisation/admin/departmentForm";
  }
}
