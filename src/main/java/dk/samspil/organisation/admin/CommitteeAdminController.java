package dk.samspil.organisation.admin;

import dk.samspil.organisation.Committee;
import dk.samspil.organisation.OrganisationAdministration;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Political committees in the administration, each valid for a period. */
@Controller
@RequestMapping("/admin/udvalg")
class CommitteeAdminController {

  static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  private final OrganisationManagement organisation;
  private final OrganisationAdministration administration;

  CommitteeAdminController(
      OrganisationManagement organisation, OrganisationAdministration administration) {
    this.organisation = organisation;
    this.administration = administration;
  }

  @GetMapping
  String list(Model model) {
    LocalDate today = LocalDate.now(DANISH_TIME);
    List<Committee> all = organisation.committees();
    model.addAttribute(
        "page",
        new CommitteeListPage(
            all.stream().filter(c -> !c.hasEndedBy(today)).toList(),
            all.stream().filter(c -> c.hasEndedBy(today)).toList(),
            today));
    return "organisation/admin/committees";
  }

  @GetMapping("/ny")
  String newCommittee(Model model) {
    return form(model, null, CommitteeForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/ny")
  String create(
      @Valid @ModelAttribute("form") CommitteeForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          Committee committee = administration.createCommittee(form.toDraft());
          Forms.confirm(redirect, "admin.committee.created", committee.getName());
          return "redirect:/admin/udvalg";
        },
        () -> form(model, null, form, FormErrors.of(result)));
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Committee committee = organisation.committee(id);
    return form(model, committee, CommitteeForm.of(committee), FormErrors.NONE);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") CommitteeForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Committee committee = organisation.committee(id);
    return Forms.submit(
        result,
        response,
        () -> {
          Committee saved = administration.updateCommittee(id, form.toDraft());
          Forms.confirm(redirect, "admin.committee.saved", saved.getName());
          return "redirect:/admin/udvalg";
        },
        () -> form(model, committee, form, FormErrors.of(result)));
  }

  private String form(Model model, Committee committee, CommitteeForm form, FormErrors errors) {
    model.addAttribute("page", new CommitteeFormPage(committee, form, errors));
    return "organisation/admin/committeeForm";
  }
}
