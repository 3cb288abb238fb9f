package dk.samspil.area.admin;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaImport;
import dk.samspil.area.AreaImportManagement;
import dk.samspil.area.ImportNotPending;
import dk.samspil.area.ImportProblem;
import dk.samspil.area.ImportRejected;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing area boundaries from a GeoJSON file: upload (checked whole, every problem listed),
 * preview on a map with what changes, then apply or discard.
 */
@Controller
@RequestMapping("/admin/omraader/import")
class AreaImportController {

  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final AreaImportManagement imports;
  private final AccountManagement accounts;
  private final long maxMegabytes;

  AreaImportController(
      AreaImportManagement imports,
      AccountManagement accounts,
      @Value("${samspil.area-import.max-size:5MB}") DataSize maxFileSize) {
    this.imports = imports;
    this.accounts = accounts;
    this.maxMegabytes = maxFileSize.toMegabytes();
  }

  /** The upload form; {@code for-stor} when the last file was refused for its size. */
  @GetMapping
  String form(@RequestParam(name = "for-stor", required = false) String tooLarge, Model model) {
    BindingResult result = new BeanPropertyBindingResult(UploadForm.none(), "form");
    if (tooLarge != null) {
      Forms.rejectField(result, "fil", "admin.import.too-large", maxMegabytes);
    }
    return uploadForm(model, List.of(), null, FormErrors.of(result));
  }

  /**
   * Checks the file whole: a valid file is kept for its preview, a rejected one is shown with every
   * problem and nothing changes.
   */
  @PostMapping
  String upload(
      @ModelAttribute("form") UploadForm form,
      BindingResult result,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response) {
    form.check(result);
    if (result.hasErrors()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return uploadForm(model, List.of(), null, FormErrors.of(result));
    }
    if (form.fil().getSize() > maxMegabytes * 1024 * 1024) {
      // the server accepts larger uploads (process documents); boundary files have their own limit
      return "redirect:/admin/omraader/import?for-stor";
    }
    try {
      AreaImport upload = imports.stage(form.fileName(), text(form), accountId(principal));
      return "redirect:/admin/omraader/import/" + upload.getId();
    } catch (ImportRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      Forms.rejectField(result, "fil", "admin.import.fix-and-retry");
      return uploadForm(model, rejected.problems(), form.fileName(), FormErrors.of(result));
    }
  }

  @GetMapping("/{id}")
  String preview(@PathVariable long id, Model model) {
    return preview(id, List.of(), model);
  }

  @GetMapping(path = "/{id}.geojson")
  @ResponseBody
  ResponseEntity<String> geoJson(@PathVariable long id) {
    return ResponseEntity.ok().contentType(GEO_JSON).body(imports.upload(id).getContent());
  }

  @PostMapping("/{id}/anvend")
  String apply(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      imports.apply(id, accountId(principal));
      Forms.confirm(redirect, "admin.import.applied", imports.upload(id).getFeatureCount());
      return "redirect:/admin/omraader";
    } catch (ImportNotPending notPending) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return preview(id, List.of(), model);
    } catch (ImportRejected rejected) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return preview(id, rejected.problems(), model);
    }
  }

  @PostMapping("/{id}/kasser")
  String discard(
      @PathVariable long id,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      imports.discard(id, accountId(principal));
      Forms.confirm(redirect, "admin.import.discarded", imports.upload(id).getFileName());
      return "redirect:/admin/omraader/import";
    } catch (ImportNotPending notPending) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return preview(id, List.of(), model);
    }
  }

  private String preview(long id, List<ImportProblem> problems, Model model) {
    AreaImportManagement.Preview preview = imports.preview(id);
    Long createdBy = preview.upload().getCreatedBy();
    String uploadedBy =
        createdBy == null
            ? null
            : accounts.account(createdBy).map(Account::displayName).orElse(null);
    model.addAttribute("page", new ImportPreviewPage(preview, problems, uploadedBy));
    return "area/admin/areaImportPreview";
  }

  private String uploadForm(
      Model model, List<ImportProblem> problems, String fileName, FormErrors errors) {
    model.addAttribute(
        "page",
        new ImportUploadPage(problems, fileName, errors, maxMegabytes, imports.pendingImports()));
    return "area/admin/areaImport";
  }

  private static String text(UploadForm form) {
    try {
      return new String(form.fil().getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Long accountId(SamspilPrincipal principal) {
    return principal == null ? null : principal.accountId();
  }
}
