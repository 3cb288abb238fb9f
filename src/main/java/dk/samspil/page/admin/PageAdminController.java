package dk.samspil.page.admin;

import dk.samspil.page.Page;
import dk.samspil.page.PageManagement;
import dk.samspil.page.PageProperties;
import dk.samspil.page.PageText;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The standing pages in the administration: the list, and the form that changes a page's title and
 * text, with a preview that saves nothing (a button of the same form, so it works without
 * JavaScript). A save based on an older version than the one saved is refused, naming who saved.
 */
@Controller
@RequestMapping("/admin/sider")
class PageAdminController {

  /** The value of the preview button ({@code handling}); the save button sends none. */
  static final String PREVIEW = "forhaandsvis";

  private final PageManagement pages;
  private final PageProperties properties;
  private final String municipality;

  PageAdminController(
      PageManagement pages,
      PageProperties properties,
      @Value("${samspil.municipality.name}") String municipality) {
    this.pages = pages;
    this.properties = properties;
    this.municipality = municipality;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute(
        "page", new PageListPage(pages.summaries(), properties.accessibilityStatementUrl()));
    return "page/admin/pages";
  }

  @GetMapping("/{slug}")
  String edit(@PathVariable String slug, Model model) {
    Page page = pages.page(slug);
    return form(model, page, PageForm.of(page), FormErrors.NONE, false);
  }

  @PostMapping("/{slug}")
  String save(
      @PathVariable String slug,
      @Valid @ModelAttribute("form") PageForm form,
      BindingResult result,
      @RequestParam(name = "handling", required = false) String action,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Page page = pages.page(slug);
    if (PREVIEW.equals(action)) {
      if (result.hasErrors()) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      }
      return form(model, page, form, FormErrors.of(result), !result.hasErrors());
    }
    return Forms.submit(
        result,
        response,
        () -> {
          Page saved =
              pages.update(
                  slug,
                  form.toDraft(),
                  form.basedOnVersion(),
                  principal == null ? null : principal.accountId());
          Forms.confirm(redirect, "page.admin.saved", saved.getTitle());
          return "redirect:/admin/sider";
        },
        // refused because someone saved meanwhile: what was typed, on the version now saved, so
        // that saving again replaces it knowingly
        () ->
            form(
                model,
                page,
                result.hasGlobalErrors() ? form.basedOn(page) : form,
                FormErrors.of(result),
                false));
  }

  private String form(Model model, Page page, PageForm form, FormErrors errors, boolean preview) {
    model.addAttribute(
        "page",
        new PageFormPage(
            page,
            form,
            errors,
            preview ? PageText.title(form.title(), municipality) : null,
            preview ? PageText.html(form.body(), municipality) : null));
    return "page/admin/pageForm";
  }
}
