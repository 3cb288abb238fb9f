package dk.samspil.involvement;

import dk.samspil.shared.DanishDates;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each invited council, at publication or later, that a process asks for its contribution,
 * and by when.
 */
@Component
class ProcessPublishedMail {

  private final ProcessQueries queries;
  private final CouncilMail mail;

  ProcessPublishedMail(ProcessQueries queries, CouncilMail mail) {
    this.queries = queries;
    this.mail = mail;
  }

  @ApplicationModuleListener
  void on(ProcessPublished event) {
    if (event.replayed()) {
      return;
    }
    InvolvementProcess process = queries.process(event.processId());
    for (Long councilId : event.invitedCouncilIds()) {
      invite(process, councilId);
    }
  }

  @ApplicationModuleListener
  void on(CouncilInvitedLater event) {
    invite(queries.process(event.processId()), event.councilId());
  }

  private void invite(InvolvementProcess process, Long councilId) {
    mail.send(
        "process-published:" + process.getId() + ":" + councilId,
        councilId,
        "mail.process.invited.subject",
        "mail.process.invited.body",
        process.getTitle(),
        DanishDates.format(process.getDeadline()),
        mail.answerLink(councilId, process));
  }
}
