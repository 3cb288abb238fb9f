package dk.samspil.involvement.staff;

import dk.samspil.involvement.InvolvementManagement;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Notices (orienteringer): information to chosen areas and councils, with no input asked. */
@Controller
@PreAuthorize(Staff.MANAGES_PROCESSES)
class StaffNoticeController {

  private final InvolvementManagement involvement;
  private final StaffViews views;

  StaffNoticeController(InvolvementManagement involvement, StaffViews views) {
    this.involvement = involvement;
    this.views = views;
  }

  @GetMapping("/medarbejder/orienteringer")
  String list(
      @RequestParam(name = "side", defaultValue = "0") int page,
      @RequestParam(name = "besked", required = false) String notice,
      Model model) {
    Staff.notice(model, notice);
    model.addAttribute("page", views.noticeListPage(page));
    return "involvement/staff/notices";
  }

  @GetMapping("/medarbejder/orienteringer/ny")
  String newNotice(Authentication authentication, Model model) {
    Long department = views.departmentOf(Staff.accountId(authentication));
    model.addAttribute("page", views.noticeFormPage(NoticeForm.empty(department), List.of()));
    return "involvement/staff/noticeForm";
  }

  @PostMapping("/medarbejder/orienteringer")
  String publish(
      @ModelAttribute("notice") NoticeForm form,
      Authentication authentication,
      Model model,
      HttpServletResponse response) {
    List<FieldError> errors =
        form.validate(views.departmentOptions(), views.areaChoices(), views.councilOptions());
    if (!errors.isEmpty()) {
      response.setStatus(Staff.UNPROCESSABLE);
      model.addAttribute("page", views.noticeFormPage(form, errors));
      return "involvement/staff/noticeForm";
    }
    involvement.publishNotice(
        form.titel().strip(),
        form.tekst(),
        Long.valueOf(form.center()),
        form.areaIds(),
        form.councilIds(),
        Staff.accountId(authentication));
    return "redirect:/medarbejder/orienteringer?besked=orientering";
  }
}
