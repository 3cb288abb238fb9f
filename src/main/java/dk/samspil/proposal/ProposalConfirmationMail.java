package dk.samspil.proposal;

import dk.samspil.notification.Outbox;
import dk.samspil.shared.SecretTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the proposer of a proposal brought without an account the single-use link that confirms the
 * address. The link's secret is made here, in the listener's own transaction together with the
 * mail, so that it is never kept in the event publication: a repeated event finds the proposal with
 * its link already and sends nothing.
 */
@Component
class ProposalConfirmationMail {

  private final Proposals proposals;
  private final ProposalSubmission submission;
  private final Outbox outbox;
  private final MessageSource messages;
  private final SubmitProperties settings;
  private final String baseUrl;

  ProposalConfirmationMail(
      Proposals proposals,
      ProposalSubmission submission,
      Outbox outbox,
      MessageSource messages,
      SubmitProperties settings,
      @Value("${samspil.base-url}") String baseUrl) {
    this.proposals = proposals;
    this.submission = submission;
    this.outbox = outbox;
    this.messages = messages;
    this.settings = settings;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @ApplicationModuleListener
  void on(ProposalBrought event) {
    Proposal proposal = proposals.findById(event.proposalId()).orElse(null);
    if (proposal == null) {
      return;
    }
    String token = SecretTokens.newSecret();
    if (!proposal.issueConfirmationToken(SecretTokens.hash(token))) {
      return;
    }
    proposals.save(proposal);
    Receiver receiver =
        submission.receiver(new PlaceRouting.Routed(proposal.getAreaId(), proposal.getCouncilId()));
    Locale danish = Locale.forLanguageTag("da");
    String link =
        baseUrl + "/forslag/bekraeft?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    String who =
        receiver.hasCouncil()
            ? messages.getMessage(
                "mail.proposal.confirm.council",
                new Object[] {receiver.council().getName()},
                danish)
            : receiver.contactPerson() != null
                ? messages.getMessage(
                    "mail.proposal.confirm.contact",
                    new Object[] {receiver.area().getName(), receiver.contactPerson().getName()},
                    danish)
                : messages.getMessage(
                    "mail.proposal.confirm.municipality",
                    new Object[] {receiver.area().getName()},
                    danish);
    Object[] args = {
      proposal.getTitle(),
      link,
      settings.linkValidity().toHours(),
      who,
      submission.councilDeadlineWeeks(),
      proposal.getProposerName()
    };
    outbox.enqueueOnce(
        "proposal-confirm:" + proposal.getId(),
        proposal.getProposerEmail(),
        messages.getMessage("mail.proposal.confirm.subject", args, danish),
        messages.getMessage("mail.proposal.confirm.body", args, danish));
  }
}
