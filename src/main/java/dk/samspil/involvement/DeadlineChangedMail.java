package dk.samspil.involvement;

import dk.samspil.shared.DanishDates;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the invited councils of an open process that its deadline moved. */
@Component
class DeadlineChangedMail {

  private final ProcessQueries queries;
  private final CouncilMail mail;

  DeadlineChangedMail(ProcessQueries queries, CouncilMail mail) {
    this.queries = queries;
    this.mail = mail;
  }

  @ApplicationModuleListener
  void on(DeadlineChanged event) {
    if (!event.published()) {
      return;
    }
    InvolvementProcess process = queries.process(event.processId());
    for (Invitation invitation : queries.invitationsOf(process.getId())) {
      mail.send(
          "deadline-changed:"
              + process.getId()
              + ":"
              + event.deadline()
              + ":"
              + invitation.getCouncilId(),
          invitation.getCouncilId(),
          "mail.process.deadline.subject",
          "mail.process.deadline.body",
          process.getTitle(),
          DanishDates.format(event.deadline()),
          mail.answerLink(invitation.getCouncilId(), process));
    }
  }
}
