package dk.samspil.organisation.admin;

import dk.samspil.organisation.ContactPerson;
import dk.samspil.organisation.ContactPersonDuties;
import dk.samspil.organisation.OrganisationAdministration;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contact persons in the administration. The list shows what each one serves (councils, areas) as
 * the modules that know it tell it, through {@link ContactPersonDuties}.
 */
@Controller
@RequestMapping("/admin/kontaktpersoner")
class ContactPersonAdminController {

  private final OrganisationManagement organisation;
  private final OrganisationAdministration administration;
  private final List<ContactPersonDuties> duties;

  ContactPersonAdminController(
      OrganisationManagement organisation,
      OrganisationAdministration administration,
      List<ContactPersonDuties> duties) {
    this.organisation = organisation;
    this.administration = administration;
    this.duties = duties;
  }

  @GetMapping
  String list(Model model, Locale locale) {
    model.addAttribute(
        "page",
        ContactPersonListPage.of(
            organisation.contactPersons(),
            organisation.departments(),
            duties.stream().map(kind -> kind.byContactPerson(locale)).toList()));
    return "organisation/admin/contactPersons";
  }

  @GetMapping("/ny")
  String newPerson(Model model) {
    return form(model, null, ContactPersonForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/ny")
  String create(
      @Valid @ModelAttribute("form") ContactPersonForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.check(result, organisation.departments());
    return Forms.submit(
        result,
        response,
        () -> {
          ContactPerson person = administration.createContactPerson(form.toDraft());
          Forms.confirm(redirect, "admin.contact.created", person.getName());
          return "redirect:/admin/kontaktpersoner";
        },
        () -> form(model, null, form, FormErrors.of(result)));
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    ContactPerson person = organisation.contactPersonById(id);
    return form(model, person, ContactPersonForm.of(person), FormErrors.NONE);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ContactPersonForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContactPerson person = organisation.contactPersonById(id);
    form.check(result, organisation.departments());
    return Forms.submit(
        result,
        response,
        () -> {
          ContactPerson saved = administration.updateContactPerson(id, form.toDraft());
          Forms.confirm(redirect, "admin.contact.saved", saved.getName());
          return "redirect:/admin/kontaktpersoner";
        },
        () -> form(model, person, form, FormErrors.of(result)));
  }

  private String form(
      Model model, ContactPerson person, ContactPersonForm form, FormErrors errors) {
    model.addAttribute(
        "page", new ContactPersonFormPage(person, form, errors, organisation.departments()));
    return "organisation/admin/contactPersonForm";
  }
}
