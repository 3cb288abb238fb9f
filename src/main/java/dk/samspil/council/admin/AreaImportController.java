package dk.samspil.council.admin;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.AreaImport;
import dk.samspil.area.AreaImportManagement;
import dk.samspil.area.ImportNotPending;
import dk.samspil.area.ImportProblem;
import dk.samspil.area.ImportRejected;
import dk.samspil.shared.SamspilPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
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

  @GetMapping
  String form(@RequestParam(name = "for-stor", required = false) String tooLarge, Model model) {
    model.addAttribute("page", uploadPage(List.of(), null, false, tooLarge != null));
    return "admin/areaImport";
  }

  @PostMapping
  String upload(
      @RequestParam(name = "fil", required = false) MultipartFile file,
      @AuthenticationPrincipal SamspilPrincipal principal,
      Model model,
      HttpServletResponse response)
      throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("page", uploadPage(List.of(), null, true, false));
      return "admin/areaImport";
    }
    if (file.getSize() > maxMegabytes * 1024 * 1024) {
      // the server accepts larger uploads (process documents); boundary files have their own limit
      return "redirect:/admin/omraader/import?for-stor";
    }
    String text = new String(file.getBytes(), StandardCharsets.UTF_8);
    try {
      AreaImport upload = imports.stage(file.getOriginalFilename(), text, accountId(principal));
      return "redirect:/admin/omraader/import/" + upload.getId();
    } catch (ImportRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "page", uploadPage(rejected.problems(), file.getOriginalFilename(), false, false));
      return "admin/areaImport";
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
      AreaAdminController.notice(
          redirect, "admin.import.applied", String.valueOf(imports.upload(id).getFeatureCount()));
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
      AreaAdminController.notice(
          redirect, "admin.import.discarded", imports.upload(id).getFileName());
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
    return "admin/areaImportPreview";
  }

  private ImportUploadPage uploadPage(
      List<ImportProblem> problems, String fileName, boolean missingFile, boolean tooLarge) {
    return new ImportUploadPage(
        problems, fileName, missingFile, tooLarge, maxMegabytes, imports.pendingImports());
  }

  private static Long accountId(SamspilPrincipal principal) {
    return principal == null ? null : principal.accountId();
  }
}
