package dk.samspil.notice.web.staff;

import dk.samspil.notice.NoticeManagement;
import dk.samspil.shared.Act;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Notices (orienteringer): information to chosen areas and councils, with no input asked. */
@Controller
@PreAuthorize("hasAnyRole('MEDARBEJDER', 'ADMINISTRATOR')")
class StaffNoticeController {

  private final NoticeManagement notices;
  private final StaffNoticeViews views;

  StaffNoticeController(NoticeManagement notices, StaffNoticeViews views) {
    this.notices = notices;
    this.views = views;
  }

  @GetMapping("/medarbejder/orienteringer")
  String list(@RequestParam(name = "side", defaultValue = "0") int page, Model model) {
    model.addAttribute("page", views.listPage(page));
    return "notice/staff/notices";
  }

  @GetMapping("/medarbejder/orienteringer/ny")
  String newNotice(@AuthenticationPrincipal SamspilPrincipal principal, Model model) {
    NoticeForm form = NoticeForm.empty(views.departmentOf(principal.accountId()));
    model.addAttribute("page", views.formPage(form, FormErrors.NONE));
    return "notice/staff/noticeForm";
  }

  @PostMapping("/medarbejder/orienteringer")
  String publish(
      @Valid @ModelAttribute("form") NoticeForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    NoticeFormPage offered = views.formPage(form, FormErrors.NONE);
    if (offered.departments().stream().noneMatch(form::isDepartment)) {
      Forms.rejectField(result, "center", "notice.error.department");
    }
    if (!form.hasRecipients()) {
      Forms.rejectField(result, offered.recipientsField(), "notice.error.recipients");
    } else if (!NoticeFormPage.Option.containAll(offered.areas(), form.omraader())
        || !NoticeFormPage.Option.containAll(offered.councils(), form.raad())) {
      Forms.rejectField(result, offered.recipientsField(), "form.error.choose");
    }
    if (!NoticeFormPage.Option.containAll(offered.themes(), form.temaer())) {
      Forms.rejectField(result, offered.themesField(), "form.error.choose");
    }
    return Forms.submit(
        result,
        response,
        () -> {
          notices.publish(
              form.titel().strip(),
              form.tekst(),
              Long.valueOf(form.center()),
              form.areaIds(),
              form.councilIds(),
              form.themeIds(),
              Act.by(principal.accountId()));
          Forms.confirm(redirect, "notice.sent");
          return "redirect:/medarbejder/orienteringer";
        },
        () -> {
          model.addAttribute("page", views.formPage(form, FormErrors.of(result)));
          return "notice/staff/noticeForm";
        });
  }
}
