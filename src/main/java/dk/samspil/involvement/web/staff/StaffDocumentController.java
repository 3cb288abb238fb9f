package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.ContributionAttachment;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.DocumentTypes;
import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.ProcessDocument;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.FieldError;
import dk.samspil.shared.WebAddress;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A process's documents: PDF and image files (judged by their first bytes, within a size limit) and
 * links; and the files councils attached to their answers, for staff to read.
 */
@Controller
@PreAuthorize(Staff.MANAGES_PROCESSES)
class StaffDocumentController {

  static final int TITLE_MAX = 300;

  private static final Map<String, String> EXTENSIONS =
      Map.of(DocumentTypes.PDF, ".pdf", DocumentTypes.PNG, ".png", DocumentTypes.JPEG, ".jpg");

  private final ProcessQueries queries;
  private final DocumentManagement documents;
  private final StaffViews views;

  StaffDocumentController(ProcessQueries queries, DocumentManagement documents, StaffViews views) {
    this.queries = queries;
    this.documents = documents;
    this.views = views;
  }

  @PostMapping("/medarbejder/inddragelser/{id}/dokumenter")
  String upload(
      @PathVariable long id,
      @RequestParam(name = "titel", defaultValue = "") String title,
      @RequestParam(name = "fil", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    List<FieldError> errors = new ArrayList<>();
    requireOpen(id, "fil", errors);
    byte[] content = null;
    String type = null;
    if (file == null || file.isEmpty()) {
      errors.add(new FieldError("fil", "staff.document.error.file"));
    } else if (file.getSize() > views.maxUpload().toBytes()) {
      errors.add(
          new FieldError("fil", "staff.document.error.size", views.maxUpload().toMegabytes()));
    } else {
      content = file.getBytes();
      type = DocumentTypes.sniff(content).orElse(null);
      if (type == null) {
        errors.add(new FieldError("fil", "staff.document.error.type"));
      }
    }
    if (title.strip().length() > TITLE_MAX) {
      errors.add(new FieldError("dokument-titel", "staff.form.error.too-long", TITLE_MAX));
    }
    if (errors.isEmpty()) {
      String filename = filename(file.getOriginalFilename(), type);
      documents.addFile(id, title.isBlank() ? filename : title.strip(), filename, type, content);
      return "redirect:/medarbejder/inddragelser/" + id + "?besked=dokument";
    }
    response.setStatus(Staff.UNPROCESSABLE);
    model.addAttribute("page", views.processPage(id, ProcessInputs.upload(title), errors));
    return "involvement/staff/process";
  }

  @PostMapping("/medarbejder/inddragelser/{id}/links")
  String addLink(
      @PathVariable long id,
      @RequestParam(name = "titel", defaultValue = "") String title,
      @RequestParam(name = "adresse", defaultValue = "") String url,
      Model model,
      HttpServletResponse response) {
    List<FieldError> errors = new ArrayList<>();
    requireOpen(id, "link-adresse", errors);
    if (title.strip().length() > TITLE_MAX) {
      errors.add(new FieldError("link-titel", "staff.form.error.too-long", TITLE_MAX));
    }
    if (!WebAddress.Check.isValid(url)) {
      errors.add(new FieldError("link-adresse", "staff.form.error.url"));
    }
    if (errors.isEmpty()) {
      documents.addLink(id, title.isBlank() ? url.strip() : title.strip(), url.strip());
      return "redirect:/medarbejder/inddragelser/" + id + "?besked=link";
    }
    response.setStatus(Staff.UNPROCESSABLE);
    model.addAttribute("page", views.processPage(id, ProcessInputs.link(title, url), errors));
    return "involvement/staff/process";
  }

  @PostMapping("/medarbejder/inddragelser/{id}/dokumenter/{documentId}/fjern")
  String remove(
      @PathVariable long id,
      @PathVariable long documentId,
      Model model,
      HttpServletResponse response) {
    try {
      documents.removeDocument(id, documentId);
      return "redirect:/medarbejder/inddragelser/" + id + "?besked=fjernet";
    } catch (IllegalTransition e) {
      response.setStatus(Staff.UNPROCESSABLE);
      model.addAttribute(
          "page",
          views.processPage(
              id, ProcessInputs.none(), List.of(new FieldError("dokumenter", e.messageKey()))));
      return "involvement/staff/process";
    }
  }

  @GetMapping("/medarbejder/inddragelser/{id}/dokumenter/{documentId}")
  ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
    ProcessDocument document = documents.documentOf(id, documentId);
    if (document.isLink()) {
      return ResponseEntity.notFound().build();
    }
    return file(document.getFilename(), document.getContentType(), document.getContent());
  }

  @GetMapping("/medarbejder/inddragelser/{id}/bilag/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
    ContributionAttachment attachment = documents.attachmentOf(id, attachmentId);
    return file(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
  }

  /** Files are always downloaded, never shown inside Samspil's pages. */
  private static ResponseEntity<byte[]> file(String filename, String contentType, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(content);
  }

  private void requireOpen(long id, String field, List<FieldError> errors) {
    if (queries.process(id).getStatus() == ProcessStatus.LUKKET) {
      errors.add(new FieldError(field, "staff.document.error.closed"));
    }
  }

  /** The file's own name without any folder, with the extension that fits its content. */
  static String filename(String original, String type) {
    String name = StringUtils.getFilename(original == null ? "" : original.replace('\\', '/'));
    name = name == null ? "" : name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    String extension = EXTENSIONS.get(type);
    if (name.isEmpty()) {
      name = "dokument";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    boolean fits =
        lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg"));
    if (!fits) {
      name = name + extension;
    }
    return name.length() > TITLE_MAX ? name.substring(name.length() - TITLE_MAX) : name;
  }
}
