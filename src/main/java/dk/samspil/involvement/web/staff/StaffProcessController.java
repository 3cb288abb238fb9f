package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.Act;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Employees list, create, read and edit involvement processes. */
@Controller
@PreAuthorize(Staff.MANAGES_PROCESSES)
class StaffProcessController {

  private final ProcessQueries queries;
  private final ProcessManagement processes;
  private final StaffViews views;

  StaffProcessController(ProcessQueries queries, ProcessManagement processes, StaffViews views) {
    this.queries = queries;
    this.processes = processes;
    this.views = views;
  }

  @GetMapping("/medarbejder/inddragelser")
  String list(
      @RequestParam(name = "center", required = false) String scope,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "side", defaultValue = "0") int page,
      Authentication authentication,
      Model model) {
    Long department = views.departmentOf(SamspilPrincipal.accountIdOf(authentication));
    boolean own = department != null && !"alle".equals(scope);
    model.addAttribute("page", views.listPage(department, own, status, page));
    return "involvement/staff/list";
  }

  @GetMapping("/medarbejder/inddragelser/ny")
  String newProcess(Authentication authentication, Model model) {
    long me = SamspilPrincipal.accountIdOf(authentication);
    model.addAttribute(
        "page",
        views.formPage(ProcessForm.empty(views.departmentOf(me), me), FormErrors.NONE, null));
    return "involvement/staff/form";
  }

  @PostMapping("/medarbejder/inddragelser")
  String create(
      @Valid @ModelAttribute("form") ProcessForm form,
      BindingResult result,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long me = SamspilPrincipal.accountIdOf(authentication);
    Choices choices = views.choices(null, me);
    form.check(result, queries.today(), choices);
    return Forms.submit(
        result,
        response,
        () -> {
          InvolvementProcess process = processes.create(form.toDraft(), Act.by(me));
          Forms.confirm(redirect, "staff.notice.oprettet");
          return "redirect:/medarbejder/inddragelser/" + process.getId();
        },
        () -> {
          model.addAttribute(
              "page", new ProcessFormPage(form, choices, FormErrors.of(result), null, null));
          return "involvement/staff/form";
        });
  }

  @GetMapping("/medarbejder/inddragelser/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("page", views.processPage(id, ProcessInputs.none(), FormErrors.NONE));
    return "involvement/staff/process";
  }

  @GetMapping("/medarbejder/inddragelser/{id}/rediger")
  String edit(@PathVariable long id, Model model) {
    InvolvementProcess process = queries.process(id);
    if (process.getStatus() != ProcessStatus.KLADDE) {
      return "redirect:/medarbejder/inddragelser/" + id;
    }
    model.addAttribute("page", views.formPage(ProcessForm.of(process), FormErrors.NONE, id));
    return "involvement/staff/form";
  }

  @PostMapping("/medarbejder/inddragelser/{id}/rediger")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ProcessForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InvolvementProcess process = queries.process(id);
    Choices choices = views.choices(process.getCommitteeId(), process.getContactAccountId());
    form.check(result, queries.today(), choices);
    return Staff.submit(
        result,
        response,
        "titel",
        () -> {
          processes.edit(id, form.toDraft());
          Forms.confirm(redirect, "staff.notice.gemt");
          return "redirect:/medarbejder/inddragelser/" + id;
        },
        () -> {
          model.addAttribute(
              "page",
              new ProcessFormPage(form, choices, FormErrors.of(result), id, process.getTitle()));
          return "involvement/staff/form";
        });
  }
}
