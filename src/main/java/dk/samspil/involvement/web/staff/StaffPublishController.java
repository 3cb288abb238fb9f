package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.ProcessManagement;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.Act;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
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

/**
 * Choosing the councils to invite (Samspil proposes them, with reasons), checking the deadline
 * against them, extending it, and publishing.
 */
@Controller
@PreAuthorize(Staff.MANAGES_PROCESSES)
class StaffPublishController {

  private final ProcessQueries queries;
  private final ProcessManagement processes;
  private final StaffViews views;

  StaffPublishController(ProcessQueries queries, ProcessManagement processes, StaffViews views) {
    this.queries = queries;
    this.processes = processes;
    this.views = views;
  }

  /** The proposal; {@code raad} (after checking or extending) keeps the employee's choice. */
  @GetMapping("/medarbejder/inddragelser/{id}/inviter")
  String invite(
      @PathVariable long id,
      @RequestParam(name = "raad", required = false) List<Long> chosen,
      Model model) {
    if (queries.process(id).getStatus() != ProcessStatus.KLADDE) {
      return "redirect:/medarbejder/inddragelser/" + id;
    }
    model.addAttribute("page", views.invitePage(id, chosen, FormErrors.NONE));
    return "involvement/staff/invite";
  }

  /**
   * Publishes with the ticked councils, or ({@code handling=tjek}) shows the deadline check for
   * them without publishing.
   */
  @PostMapping("/medarbejder/inddragelser/{id}/inviter")
  String publish(
      @PathVariable long id,
      @RequestParam(name = "raad", required = false) List<Long> chosen,
      @RequestParam(name = "handling", defaultValue = "offentliggoer") String action,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (queries.process(id).getStatus() != ProcessStatus.KLADDE) {
      return "redirect:/medarbejder/inddragelser/" + id;
    }
    Set<Long> councils = invitable(chosen);
    if ("tjek".equals(action)) {
      model.addAttribute("page", views.invitePage(id, councils, FormErrors.NONE));
      return "involvement/staff/invite";
    }
    try {
      processes.publish(id, councils, Act.by(SamspilPrincipal.accountIdOf(authentication)));
      Forms.confirm(redirect, "staff.notice.offentliggjort");
      return "redirect:/medarbejder/inddragelser/" + id;
    } catch (IllegalTransition e) {
      String field =
          switch (e.messageKey()) {
            case "process.publish.nobody" -> "raad-valg";
            case "process.publish.deadline" -> "frist-info";
            default -> "offentliggoer";
          };
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "page", views.invitePage(id, councils, Staff.refusal(field, e.messageKey())));
      return "involvement/staff/invite";
    }
  }

  /** The one-click extension: the earliest deadline without warnings for the ticked councils. */
  @PostMapping("/medarbejder/inddragelser/{id}/frist/forslag")
  String extendToSuggested(
      @PathVariable long id,
      @RequestParam(name = "raad", required = false) List<Long> chosen,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Set<Long> councils = invitable(chosen);
    try {
      processes.extendToSuggestedDeadline(id, councils);
    } catch (IllegalTransition e) {
      // e.g. the process is no longer open; the page says why
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "page",
          views.processPage(id, ProcessInputs.none(), Staff.refusal("status", e.messageKey())));
      return "involvement/staff/process";
    }
    Forms.confirm(redirect, "staff.notice.forlaenget");
    if (queries.process(id).getStatus() != ProcessStatus.KLADDE) {
      return "redirect:/medarbejder/inddragelser/" + id;
    }
    String keep = councils.stream().map(c -> "raad=" + c).collect(Collectors.joining("&"));
    return "redirect:/medarbejder/inddragelser/"
        + id
        + "/inviter"
        + (keep.isEmpty() ? "" : "?" + keep);
  }

  /** A later deadline for an open process; the invited councils are told. */
  @PostMapping("/medarbejder/inddragelser/{id}/frist")
  String extend(
      @PathVariable long id,
      @Valid @ModelAttribute("deadline") DeadlineForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return Staff.submit(
        result,
        response,
        "frist",
        () -> {
          processes.extendDeadline(id, InputDates.parse(form.frist()));
          Forms.confirm(redirect, "staff.notice.forlaenget");
          return "redirect:/medarbejder/inddragelser/" + id;
        },
        () -> {
          model.addAttribute(
              "page",
              views.processPage(id, ProcessInputs.deadline(form.frist()), FormErrors.of(result)));
          return "involvement/staff/process";
        });
  }

  /** Only councils that may be invited; anything else in the request is ignored. */
  private Set<Long> invitable(List<Long> chosen) {
    Set<Long> allowed = views.invitableIds();
    Set<Long> councils = new LinkedHashSet<>();
    if (chosen != null) {
      chosen.stream().filter(allowed::contains).forEach(councils::add);
    }
    return councils;
  }
}
