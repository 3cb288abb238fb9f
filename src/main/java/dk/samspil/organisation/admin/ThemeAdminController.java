package dk.samspil.organisation.admin;

import dk.samspil.organisation.OrganisationAdministration;
import dk.samspil.organisation.OrganisationChangeRefused;
import dk.samspil.organisation.OrganisationManagement;
import dk.samspil.organisation.Theme;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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
  private final OrganisationAdministration administration;

  ThemeAdminController(
      OrganisationManagement organisation, OrganisationAdministration administration) {
    this.organisation = organisation;
    this.administration = administration;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("page", new ThemeListPage(organisation.themes()));
    return "organisation/admin/themes";
  }

  @GetMapping("/ny")
  String newTheme(Model model) {
    return form(model, null, ThemeForm.empty(), FormErrors.NONE);
  }

  @PostMapping("/ny")
  String create(
      @Valid @ModelAttribute("form") ThemeForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return Forms.submit(
        result,
        response,
        () -> {
          Theme theme = administration.createTheme(form.toDraft());
          Forms.confirm(redirect, "admin.theme.created", theme.getName());
          return "redirect:/admin/temaer";
        },
        () -> form(model, null, form, FormErrors.of(result)));
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Theme theme = organisation.theme(id);
    return form(model, theme, ThemeForm.of(theme), FormErrors.NONE);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ThemeForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Theme theme = organisation.theme(id);
    return Forms.submit(
        result,
        response,
        () -> {
          Theme saved = administration.updateTheme(id, form.toDraft());
          Forms.confirm(redirect, "admin.theme.saved", saved.getName());
          return "redirect:/admin/temaer";
        },
        () -> form(model, theme, form, FormErrors.of(result)));
  }

  /** Deletes the theme; one still in use is refused, on the edit page, with 409. */
  @PostMapping("/{id}/slet")
  String delete(
      @PathVariable long id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Theme theme = organisation.theme(id);
    try {
      administration.deleteTheme(id);
      Forms.confirm(redirect, "admin.theme.deleted", theme.getName());
      return "redirect:/admin/temaer";
    } catch (OrganisationChangeRefused refused) {
      ThemeForm form = ThemeForm.of(theme);
      BindingResult result = new BeanPropertyBindingResult(form, "form");
      Forms.reject(result, refused);
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(model, theme, form, FormErrors.of(result));
    }
  }

  private String form(Model model, Theme theme, ThemeForm form, FormErrors errors) {
    model.addAttribute("page", new ThemeFormPage(theme, form, errors));
    return "organisation/admin/themeForm";
  }
}
