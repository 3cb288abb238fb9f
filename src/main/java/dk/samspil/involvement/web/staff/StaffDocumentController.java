package dk.samspil.involvement.web.staff;

import dk.samspil.involvement.ContributionAttachment;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.DocumentTypes;
import dk.samspil.involvement.IllegalTransition;
import dk.samspil.involvement.ProcessDocument;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.involvement.ProcessStatus;
import dk.samspil.shared.FormErrors;
import dk.samspil.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
      @Valid @ModelAttribute("upload") UploadForm form,
      BindingResult result,
      @RequestParam(name = "fil", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    requireOpen(id, "fil", result);
    byte[] content = null;
    String type = null;
    if (file == null || file.isEmpty()) {
      Forms.rejectField(result, "fil", "staff.document.error.file");
    } else if (file.getSize() > views.maxUpload().toBytes()) {
      Forms.rejectField(
          result, "fil", "staff.document.error.size", views.maxUpload().toMegabytes());
    } else {
      content = file.getBytes();
      type = DocumentTypes.sniff(content).orElse(null);
      if (type == null) {
        Forms.rejectField(result, "fil", "staff.document.error.type");
      }
    }
    byte[] bytes = content;
    String contentType = type;
    return Forms.submit(
        result,
        response,
        () -> {
          String filename = filename(file.getOriginalFilename(), contentType);
          String title = form.typed().isBlank() ? filename : form.typed().strip();
          documents.addFile(id, title, filename, contentType, bytes);
          Forms.confirm(redirect, "staff.notice.dokument");
          return "redirect:/medarbejder/inddragelser/" + id;
        },
        () ->
            page(
                id,
                ProcessInputs.upload(form.typed()),
                Staff.errorsAt(result, UploadForm.INPUTS),
                model));
  }

  @PostMapping("/medarbejder/inddragelser/{id}/links")
  String addLink(
      @PathVariable long id,
      @Valid @ModelAttribute("link") LinkForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireOpen(id, "adresse", result);
    return Forms.submit(
        result,
        response,
        () -> {
          documents.addLink(id, form.title(), form.adresse().strip());
          Forms.confirm(redirect, "staff.notice.link");
          return "redirect:/medarbejder/inddragelser/" + id;
        },
        () ->
            page(
                id,
                ProcessInputs.link(Forms.orEmpty(form.titel()), Forms.orEmpty(form.adresse())),
                Staff.errorsAt(result, LinkForm.INPUTS),
                model));
  }

  @PostMapping("/medarbejder/inddragelser/{id}/dokumenter/{documentId}/fjern")
  String remove(
      @PathVariable long id,
      @PathVariable long documentId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      documents.removeDocument(id, documentId);
      Forms.confirm(redirect, "staff.notice.fjernet");
      return "redirect:/medarbejder/inddragelser/" + id;
    } catch (IllegalTransition e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(id, ProcessInputs.none(), Staff.refusal("dokumenter", e.messageKey()), model);
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
    ContributionAttachment attachment = documents.sentAttachmentOf(id, attachmentId);
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

  private void requireOpen(long id, String field, BindingResult result) {
    if (queries.process(id).getStatus() == ProcessStatus.LUKKET) {
      Forms.rejectField(result, field, "staff.document.error.closed");
    }
  }

  private String page(long id, ProcessInputs inputs, FormErrors errors, Model model) {
    model.addAttribute("page", views.processPage(id, inputs, errors));
    return "involvement/staff/process";
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
