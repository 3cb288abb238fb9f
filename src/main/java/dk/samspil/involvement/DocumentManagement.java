package dk.samspil.involvement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a process: the documents and links the staff add to it while it is a draft, and, to
 * read, the attachments the councils send with their contributions.
 */
@Service
@Transactional(readOnly = true)
public class DocumentManagement {

  private final ProcessDocuments documents;
  private final ContributionAttachments attachments;
  private final ProcessQueries queries;

  DocumentManagement(
      ProcessDocuments documents, ContributionAttachments attachments, ProcessQueries queries) {
    this.documents = documents;
    this.attachments = attachments;
    this.queries = queries;
  }

  @Transactional
  public ProcessDocument addLink(Long processId, String title, String url) {
    queries.process(processId);
    return documents.save(ProcessDocument.link(processId, title, url));
  }

  @Transactional
  public ProcessDocument addFile(
      Long processId, String title, String filename, String contentType, byte[] content) {
    queries.process(processId);
    return documents.save(ProcessDocument.file(processId, title, filename, contentType, content));
  }

  /** Removes a document from a process that is still a draft. */
  @Transactional
  public void removeDocument(Long processId, Long documentId) {
    if (queries.process(processId).getStatus() != ProcessStatus.KLADDE) {
      throw IllegalTransition.because("process.edit.published");
    }
    documents.delete(documentOf(processId, documentId));
  }

  /** A document of the process, with its content; not found when it belongs to another. */
  public ProcessDocument documentOf(Long processId, Long documentId) {
    return documents
        .findById(documentId)
        .filter(document -> document.getProcessId().equals(processId))
        .orElseThrow(() -> ProcessNotFound.forDocument(documentId));
  }

  /** An uploaded document of a published process; not found for links and other processes. */
  public ProcessDocument publishedDocument(Long processId, Long documentId) {
    queries.publishedProcess(processId);
    ProcessDocument document = documentOf(processId, documentId);
    if (document.isLink()) {
      throw ProcessNotFound.forDocument(documentId);
    }
    return document;
  }

  /** The process's documents, with their content. */
  public List<ProcessDocument> documents(Long processId) {
    return documents.findByProcessIdOrderByUploadedAt(processId);
  }

  /** The process's documents without their content. */
  public List<FileSummary> documentSummaries(Long processId) {
    return documents.summariesOf(processId);
  }

  /** An attachment of a contribution to the process; not found when it belongs to another. */
  public ContributionAttachment attachmentOf(Long processId, Long attachmentId) {
    ContributionAttachment attachment =
        attachments
            .findById(attachmentId)
            .orElseThrow(() -> ProcessNotFound.forAttachment(attachmentId));
    if (!queries.invitation(attachment.getInvitationId()).getProcessId().equals(processId)) {
      throw ProcessNotFound.forAttachment(attachmentId);
    }
    return attachment;
  }

  /**
   * An attachment of a contribution the council has sent, for readers outside the council (staff,
   * contact persons): a file still on the council's unsent draft is the council's own and is not
   * found.
   */
  public ContributionAttachment sentAttachmentOf(Long processId, Long attachmentId) {
    ContributionAttachment attachment = attachmentOf(processId, attachmentId);
    if (queries.invitation(attachment.getInvitationId()).getSentAt() == null) {
      throw ProcessNotFound.forAttachment(attachmentId);
    }
    return attachment;
  }

  /** The attachments of an invitation, with their content. */
  public List<ContributionAttachment> attachments(Long invitationId) {
    return attachments.findByInvitationIdOrderByUploadedAt(invitationId);
  }

  /** The attachments of these invitations without their content, by invitation id. */
  public Map<Long, List<FileSummary>> attachmentSummaries(Collection<Long> invitationIds) {
    if (invitationIds.isEmpty()) {
      return Map.of();
    }
    return attachments.summariesOf(invitationIds).stream()
        .collect(Collectors.groupingBy(FileSummary::ownerId));
  }
}
