package dk.samspil.organisation.admin;

import dk.samspil.organisation.OrganisationChangeRefused;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.FieldError;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * Themes in the administration: create, rename, describe, and delete one that nothing uses (a theme
 * in use is refused with a message; renaming it is always possible).
 */
@Controller
@RequestMapping("/admin/temaer")
class ThemeAdminController {

  private final OrganisationManagement organisation;

  ThemeAdminController(OrganisationManagement organisation) {
    this.organisation = organisation;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", new ThemeListPage(organisation.themes()));
    return "admin/themes";
  }

  @GetMapping("/ny")
  String newTheme(Model model) {
    return form(model, null, ThemeForm.empty(), List.of());
  }

  @PostMapping("/ny")
  String create(
      @ModelAttribute ThemeForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<FieldError> errors = form.validate(true);
    if (errors.isEmpty()) {
      try {
        Theme theme =
            organisation.createTheme(
                form.effectiveSlug(), form.name().strip(), Fields.clean(form.description()));
        Fields.notice(redirect, "admin.theme.created", theme.getName());
        return "redirect:/admin/temaer";
      } catch (OrganisationChangeRefused refused) {
        errors.add(new FieldError(refused.field(), refused.messageKey(), refused.arguments()));
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, null, form, errors);
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Theme theme = organisation.theme(id);
    return form(
        model,
        theme,
        new ThemeForm(theme.getName(), theme.getSlug(), theme.getDescription()),
        List.of());
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute ThemeForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Theme theme = organisation.theme(id);
    List<FieldError> errors = form.validate(false);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, theme, form, errors);
    }
    organisation.updateTheme(id, form.name().strip(), Fields.clean(form.description()));
    Fields.notice(redirect, "admin.theme.saved", form.name().strip());
    return "redirect:/admin/temaer";
  }

  @PostMapping("/{id}/slet")
  String delete(
      @PathVariable long id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Theme theme = organisation.theme(id);
    try {
      organisation.deleteTheme(id);
      Fields.notice(redirect, "admin.theme.deleted", theme.getName());
      return "redirect:/admin/temaer";
    } catch (OrganisationChangeRefused refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(
          model,
          theme,
          new ThemeForm(theme.getName(), theme.getSlug(), theme.getDescription()),
          List.of(new FieldError(refused.field(), refused.messageKey(), refused.arguments())));
    }
  }

  private String form(Model model, Theme theme, ThemeForm form, List<FieldError> errors) {
    model.addAttribute("page", new ThemeFormPage(theme, form, errors));
    return "admin/themeForm";
  }
}
