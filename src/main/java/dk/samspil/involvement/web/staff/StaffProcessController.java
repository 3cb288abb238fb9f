package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.Act;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    Long department = views.departmentOf(Staff.accountId(authentication));
    boolean own = department != null && !"alle".equals(scope);
    model.addAttribute("page", views.listPage(department, own, status, page));
    return "involvement/staff/list";
  }

  @GetMapping("/medarbejder/inddragelser/ny")
  String newProcess(Authentication authentication, Model model) {
    long me = Staff.accountId(authentication);
    model.addAttribute(
        "page", views.formPage(ProcessForm.empty(views.departmentOf(me), me), List.of(), null));
    return "involvement/staff/form";
  }

  @PostMapping("/medarbejder/inddragelser")
  String create(
      @ModelAttribute("form") ProcessForm form,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    long me = Staff.accountId(authentication);
    Choices choices = views.choices(null, me);
    List<FieldError> errors = form.validate(queries.today(), choices);
    if (!errors.isEmpty()) {
      response.setStatus(Staff.UNPROCESSABLE);
      model.addAttribute("page", new ProcessFormPage(form, choices, errors, null, null));
      return "involvement/staff/form";
    }
    InvolvementProcess process = processes.create(form.toDraft(), Act.by(me));
    return "redirect:/medarbejder/inddragelser/" + process.getId() + "?besked=oprettet";
  }

  @GetMapping("/medarbejder/inddragelser/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(name = "besked", required = false) String notice,
      Model model) {
    Staff.notice(model, notice);
    model.addAttribute("page", views.processPage(id, ProcessInputs.none(), List.of()));
    return "involvement/staff/process";
  }

  @GetMapping("/medarbejder/inddragelser/{id}/rediger")
  String edit(@PathVariable long id, Model model) {
    InvolvementProcess process = queries.process(id);
    if (process.getStatus() != ProcessStatus.KLADDE) {
      return "redirect:/medarbejder/inddragelser/" + id;
    }
    model.addAttribute("page", views.formPage(ProcessForm.of(process), List.of(), id));
    return "involvement/staff/form";
  }

  @PostMapping("/medarbejder/inddragelser/{id}/rediger")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") ProcessForm form,
      Model model,
      HttpServletResponse response) {
    InvolvementProcess process = queries.process(id);
    Choices choices = views.choices(process.getCommitteeId(), process.getContactAccountId());
    List<FieldError> errors = form.validate(queries.today(), choices);
    if (errors.isEmpty()) {
      try {
        processes.edit(id, form.toDraft());
        return "redirect:/medarbejder/inddragelser/" + id + "?besked=gemt";
      } catch (IllegalTransition e) {
        errors = List.of(new FieldError("titel", e.messageKey()));
      }
    }
    response.setStatus(Staff.UNPROCESSABLE);
    model.addAttribute("page", new ProcessFormPage(form, choices, errors, id, process.getTitle()));
    return "involvement/staff/form";
  }
}
