package dk.samspil.involvement;

import dk.samspil.shared.DanishDates;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds a council that has not answered of the deadline, once. */
@Component
class ReminderMail {

  private final ProcessQueries queries;
  private final CouncilMail mail;

  ReminderMail(ProcessQueries queries, CouncilMail mail) {
    this.queries = queries;
    this.mail = mail;
  }

  @ApplicationModuleListener
  void on(InvitationReminded event) {
    InvolvementProcess process = queries.process(event.processId());
    mail.send(
        "invitation-reminded:" + event.invitationId(),
        event.councilId(),
        "mail.process.reminder.subject",
        "mail.process.reminder.body",
        process.getTitle(),
        DanishDates.format(process.getDeadline()),
        mail.answerLink(event.councilId(), process));
  }
}
