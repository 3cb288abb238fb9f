package dk.samspil.involvement;

import dk.samspil.shared.Act;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's side of an invitation: its shared draft and attachments, its answer (a contribution
 * or a decline) and what it adds afterwards, all while the process takes answers.
 */
@Service
@Transactional
public class AnswerManagement {

  private final Invitations invitations;
  private final ContributionAttachments attachments;
  private final ProcessQueries queries;
  private final Clock clock;

  AnswerManagement(
      Invitations invitations,
      ContributionAttachments attachments,
      ProcessQueries queries,
      Clock clock) {
    this.invitations = invitations;
    this.attachments = attachments;
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * Saves the council's draft, unless the text is what is saved already (then nothing changes,
   * whatever version the member started from). A save based on an old version is refused with
   * {@link DraftConflict}.
   */
  public Invitation saveDraft(Long invitationId, String text, int basedOn, Act act) {
    Invitation invitation = queries.invitation(invitationId);
    String normalised = text == null ? "" : text.replace("\r\n", "\n");
    if (!normalised.equals(invitation.getDraftText())) {
      invitation.saveDraft(
          normalised, basedOn, act.by(), act.at(clock), acceptsAnswers(invitation, act));
    }
    return invitation;
  }

  /**
   * Sends the contribution with the text the member sees: the draft is saved first if it changed
   * (and refused with {@link DraftConflict} if someone else saved in between), then fixed.
   */
  public void send(Long invitationId, String text, int basedOn, boolean isPublic, Act act) {
    Invitation invitation = saveDraft(invitationId, text, basedOn, act);
    invitation.send(
        act.by(), act.at(clock), acceptsAnswers(invitation, act), isPublic, act.replayed());
    invitations.save(invitation);
  }

  /** Declines („takker nej“), with an optional reason. */
  public void decline(Long invitationId, String reason, Act act) {
    Invitation invitation = queries.invitation(invitationId);
    invitation.decline(
        reason, act.by(), act.at(clock), acceptsAnswers(invitation, act), act.replayed());
    invitations.save(invitation);
  }

  /** Adds to a sent contribution, until the deadline. */
  public void addAddendum(Long invitationId, String text, Act act) {
    Invitation invitation = queries.invitation(invitationId);
    invitation.addAddendum(
        text, act.by(), act.at(clock), acceptsAnswers(invitation, act), act.replayed());
    invitations.save(invitation);
  }

  /**
   * Attaches a file to the draft after checking it: PDF, PNG or JPEG by its content, at most {@link
   * AttachmentFiles#MAX_BYTES}.
   */
  public ContributionAttachment attach(
      Long invitationId, String filename, byte[] content, Act act) {
    if (content == null || content.length == 0) {
      throw IllegalTransition.because("council.contribution.attachment.empty");
    }
    if (content.length > AttachmentFiles.MAX_BYTES) {
      throw IllegalTransition.because("council.contribution.attachment.too-large");
    }
    String type =
        AttachmentFiles.sniff(content)
            .orElseThrow(() -> IllegalTransition.because("council.contribution.attachment.type"));
    Invitation invitation = queries.invitation(invitationId);
    requireDraft(invitation, act, "invitation.attachment.sent");
    return attachments.save(
        new ContributionAttachment(
            invitationId, AttachmentFiles.safeName(filename, type), type, content, act.by()));
  }

  /** Removes an attachment from a draft that has not been sent. */
  public void removeAttachment(Long invitationId, Long attachmentId, Act act) {
    Invitation invitation = queries.invitation(invitationId);
    ContributionAttachment attachment =
        attachments
            .findById(attachmentId)
            .filter(found -> found.getInvitationId().equals(invitationId))
            .orElseThrow(() -> ProcessNotFound.forAttachment(attachmentId));
    requireDraft(invitation, act, "council.contribution.attachment.fixed");
    attachments.delete(attachment);
  }

  /** Attachments change only on a draft of a process that takes answers. */
  private void requireDraft(Invitation invitation, Act act, String sentKey) {
    if (!acceptsAnswers(invitation, act) || invitation.getState() == Invitation.State.DECLINED) {
      throw IllegalTransition.because("invitation.closed");
    }
    if (invitation.getState() == Invitation.State.CONTRIBUTED) {
      throw IllegalTransition.because(sentKey);
    }
  }

  private boolean acceptsAnswers(Invitation invitation, Act act) {
    LocalDate day = act.day(clock);
    return queries.process(invitation.getProcessId()).acceptsAnswers(day);
  }
}
