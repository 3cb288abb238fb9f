package dk.samspil.notice.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public notices (orienteringer): what the municipality decides and starts, by area and theme.
 */
@Controller
class NoticePagesController {

  private final NoticeViews views;

  NoticePagesController(NoticeViews views) {
    this.views = views;
  }

  @GetMapping("/orienteringer")
  String list(
      @RequestParam(name = "omraade", required = false) String area,
      @RequestParam(name = "tema", required = false) String theme,
      @RequestParam(name = "side", defaultValue = "0") int page,
      Model model) {
    model.addAttribute("page", views.notices(area, theme, Math.max(0, page)));
    return "notice/notices";
  }

  @GetMapping("/orienteringer/{id}")
  String notice(@PathVariable Long id, Model model) {
    model.addAttribute("page", views.notice(id));
    return "notice/notice";
  }
}
