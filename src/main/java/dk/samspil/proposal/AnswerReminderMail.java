package dk.samspil.proposal;

import dk.samspil.notification.Outbox;
import dk.samspil.proposal.StepMailRecipients.Recipient;
import dk.samspil.shared.DanishDates;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds the employees of the department that has a proposal of the answer deadline, once. */
@Component
class AnswerReminderMail {

  private final ProposalQueries queries;
  private final StepMailRecipients recipients;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  AnswerReminderMail(
      ProposalQueries queries,
      StepMailRecipients recipients,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.queries = queries;
    this.recipients = recipients;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @ApplicationModuleListener
  void on(ProposalAnswerReminded event) {
    Proposal proposal = queries.proposal(event.proposalId());
    Locale danish = Locale.forLanguageTag("da");
    Object[] args = {
      proposal.getTitle(),
      DanishDates.format(event.deadline()),
      recipients.departmentName(event.departmentId()),
      baseUrl + "/medarbejder/forslag/" + proposal.getId()
    };
    String subject = messages.getMessage("mail.proposal.step.reminder.subject", args, danish);
    String body = messages.getMessage("mail.proposal.step.reminder.body", args, danish);
    for (Recipient recipient : recipients.department(event.departmentId())) {
      outbox.enqueueOnce(
          "proposal-answer-reminder:"
              + proposal.getId()
              + ":"
              + event.departmentId()
              + ":"
              + recipient.key(),
          recipient.address(),
          subject,
          body);
    }
  }
}
