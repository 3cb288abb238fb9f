package dk.samspil.involvement.web;

import dk.samspil.council.CouncilAccess;
import dk.samspil.council.CouncilManagement;
import dk.samspil.involvement.ContactPersonDesk;
import dk.samspil.involvement.ContributionAttachment;
import dk.samspil.involvement.DocumentManagement;
import dk.samspil.involvement.Invitation;
import dk.samspil.involvement.InvolvementProcess;
import dk.samspil.involvement.ProcessDocument;
import dk.samspil.involvement.ProcessNotFound;
import dk.samspil.involvement.ProcessQueries;
import dk.samspil.shared.SamspilPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of involvement processes, and their files. */
@Controller
class ProcessPagesController {

  /**
   * Municipal roles that may read every contribution's files; a contact person reads those of the
   * processes her councils are invited to.
   */
  static final Set<String> STAFF = Set.of("ROLE_MEDARBEJDER", "ROLE_ADMINISTRATOR");

  private final ProcessViews views;
  private final ProcessQueries queries;
  private final DocumentManagement documents;
  private final CouncilManagement councils;
  private final CouncilAccess councilAccess;
  private final ContactPersonDesk contactPersons;

  ProcessPagesController(
      ProcessViews views,
      ProcessQueries queries,
      DocumentManagement documents,
      CouncilManagement councils,
      CouncilAccess councilAccess,
      ContactPersonDesk contactPersons) {
    this.views = views;
    this.queries = queries;
    this.documents = documents;
    this.councils = councils;
    this.councilAccess = councilAccess;
    this.contactPersons = contactPersons;
  }

  @GetMapping("/inddragelser")
  String list(
      @RequestParam(name = "omraade", required = false) String area,
      @RequestParam(name = "tema", required = false) String theme,
      @RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "side", defaultValue = "0") int page,
      Model model) {
    model.addAttribute(
        "page", views.list(new PublicPages.Filters(area, theme, type, status), Math.max(0, page)));
    return "involvement/processes";
  }

  @GetMapping("/inddragelser/{id}")
  String process(@PathVariable Long id, Model model) {
    model.addAttribute("page", views.detail(id));
    return "involvement/process";
  }

  /**
   * A contribution's file: public when the contribution is; otherwise only for the council's
   * members, and, once the council has sent it, municipal staff and the contact persons of the
   * councils invited to the process. A file on an unsent draft is not found for anyone else.
   */
  @GetMapping("/inddragelser/{processId}/bilag/{attachmentId}")
  ResponseEntity<byte[]> attachment(
      @PathVariable Long processId,
      @PathVariable Long attachmentId,
      Authentication authentication) {
    ContributionAttachment attachment = documents.attachmentOf(processId, attachmentId);
    Invitation invitation = queries.invitation(attachment.getInvitationId());
    InvolvementProcess process = queries.process(processId);
    boolean isPublic = process.getStatus().isPublic() && invitation.isPubliclyVisible();
    if (!isPublic && !isMember(authentication, invitation)) {
      if (invitation.getSentAt() == null) {
        throw ProcessNotFound.forAttachment(attachmentId);
      }
      if (!isStaff(authentication) && !readsAsContactPerson(authentication, processId)) {
        throw new AccessDeniedException("The contribution's files are not public");
      }
    }
    return file(
        attachment.getContent(), attachment.getContentType(), attachment.getFilename(), isPublic);
  }

  /** A process's uploaded document, for everyone once the process is published. */
  @GetMapping("/inddragelser/{processId}/dokumenter/{documentId}")
  ResponseEntity<byte[]> document(@PathVariable Long processId, @PathVariable Long documentId) {
    ProcessDocument document = documents.publishedDocument(processId, documentId);
    return file(document.getContent(), document.getContentType(), document.getFilename(), true);
  }

  private boolean isMember(Authentication authentication, Invitation invitation) {
    return councilAccess.isMember(
        authentication, councils.councilById(invitation.getCouncilId()).getSlug());
  }

  private boolean readsAsContactPerson(Authentication authentication, Long processId) {
    return authentication != null
        && authentication.getPrincipal() instanceof SamspilPrincipal principal
        && contactPersons.readsProcess(principal.accountId(), processId);
  }

  static boolean isStaff(Authentication authentication) {
    return authentication != null
        && authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(STAFF::contains);
  }

  static ResponseEntity<byte[]> file(
      byte[] content, String contentType, String filename, boolean isPublic) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(isPublic ? CacheControl.noCache() : CacheControl.noStore().cachePrivate())
        .body(content);
  }
}
