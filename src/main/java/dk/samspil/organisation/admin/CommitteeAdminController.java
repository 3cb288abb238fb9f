package dk.samspil.organisation.admin;

import dk.samspil.organisation.Committee;
import dk.samspil.organisation.OrganisationChangeRefused;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** Political committees in the administration, each valid for a period. */
@Controller
@RequestMapping("/admin/udvalg")
class CommitteeAdminController {

  static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  private final OrganisationManagement organisation;

  CommitteeAdminController(OrganisationManagement organisation) {
    this.organisation = organisation;
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
    return "admin/committees";
  }

  @GetMapping("/ny")
  String newCommittee(Model model) {
    return form(model, null, CommitteeForm.empty(), List.of());
  }

  @PostMapping("/ny")
  String create(
      @ModelAttribute CommitteeForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldError> errors = form.validate();
    if (errors.isEmpty()) {
      try {
        Committee committee =
            organisation.createCommittee(form.name().strip(), form.from(), form.to());
        Fields.notice(redirect, "admin.committee.created", committee.getName());
        return "redirect:/admin/udvalg";
      } catch (OrganisationChangeRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, null, form, errors);
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Committee committee = organisation.committee(id);
    return form(
        model,
        committee,
        new CommitteeForm(
            committee.getName(),
            committee.getValidFrom().toString(),
            committee.getValidTo() == null ? "" : committee.getValidTo().toString()),
        List.of());
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute CommitteeForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Committee committee = organisation.committee(id);
    List<FieldError> errors = form.validate();
    if (errors.isEmpty()) {
      try {
        organisation.updateCommittee(id, form.name().strip(), form.from(), form.to());
        Fields.notice(redirect, "admin.committee.saved", form.name().strip());
        return "redirect:/admin/udvalg";
      } catch (OrganisationChangeRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, committee, form, errors);
  }

  private String form(
      Model model, Committee committee, CommitteeForm form, List<FieldError> errors) {
    model.addAttribute("page", new CommitteeFormPage(committee, form, errors));
    return "admin/committeeForm";
  }
}
