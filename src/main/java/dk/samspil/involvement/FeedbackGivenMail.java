package dk.samspil.involvement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a council the municipality's feedback on its contribution, or that it was updated. */
@Component
class FeedbackGivenMail {

  private final ProcessQueries queries;
  private final CouncilMail mail;

  FeedbackGivenMail(ProcessQueries queries, CouncilMail mail) {
    this.queries = queries;
    this.mail = mail;
  }

  @ApplicationModuleListener
  void on(FeedbackGiven event) {
    if (event.replayed()) {
      return;
    }
    InvolvementProcess process = queries.process(event.processId());
    mail.send(
        "feedback-given:" + event.invitationId() + ":" + event.at().toEpochMilli(),
        event.councilId(),
        event.revised() ? "mail.process.feedback.updated.subject" : "mail.process.feedback.subject",
        event.revised() ? "mail.process.feedback.updated.body" : "mail.process.feedback.body",
        process.getTitle(),
        mail.text(event.verdict().messageKey()),
        mail.answerLink(event.councilId(), process));
  }
}
