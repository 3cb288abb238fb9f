package dk.samspil.involvement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells every invited council what was decided. */
@Component
class OutcomeRecordedMail {

  private final ProcessQueries queries;
  private final CouncilMail mail;

  OutcomeRecordedMail(ProcessQueries queries, CouncilMail mail) {
    this.queries = queries;
    this.mail = mail;
  }

  @ApplicationModuleListener
  void on(OutcomeRecorded event) {
    if (event.replayed()) {
      return;
    }
    InvolvementProcess process = queries.process(event.processId());
    for (Invitation invitation : queries.invitationsOf(process.getId())) {
      mail.send(
          "outcome-recorded:"
              + process.getId()
              + ":"
              + event.at().toEpochMilli()
              + ":"
              + invitation.getCouncilId(),
          invitation.getCouncilId(),
          "mail.process.outcome.subject",
          "mail.process.outcome.body",
          process.getTitle(),
          mail.answerLink(invitation.getCouncilId(), process));
    }
  }
}
