package dk.samspil.involvement;

import dk.samspil.shared.Act;
import dk.samspil.shared.AuditEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's answer to the councils' contributions: feedback on each (used, partly used,
 * not used, and why), which {@link FeedbackGiven} tells the council, and hiding a contribution from
 * the public when it must not be shown.
 */
@Service
@Transactional
public class FeedbackManagement {

  private final Invitations invitations;
  private final ProcessQueries queries;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FeedbackManagement(
      Invitations invitations,
      ProcessQueries queries,
      ApplicationEventPublisher events,
      Clock clock) {
    this.invitations = invitations;
    this.queries = queries;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The municipality's feedback on one contribution, or a revision of it. Saving the same verdict
   * and text again changes nothing, and the council is not told twice.
   */
  public FeedbackChange giveFeedback(
      Long invitationId, FeedbackVerdict verdict, String text, Act act) {
    Invitation invitation = queries.invitation(invitationId);
    FeedbackChange change =
        invitation.giveFeedback(verdict, text, act.by(), act.at(clock), act.replayed());
    if (change != FeedbackChange.UNCHANGED) {
      invitations.save(invitation);
    }
    return change;
  }

  /** Staff hide a contribution from the public, with a reason that the audit log keeps. */
  public void hideContribution(Long invitationId, String reason, Long by) {
    Invitation invitation = queries.invitation(invitationId);
    invitation.hide(reason, by, clock.instant());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("hidden", true);
    after.put("reason", invitation.getHiddenReason());
    events.publishEvent(
        AuditEvent.of(
            "hidden",
            "contribution",
            invitationId,
            "process " + invitation.getProcessId(),
            Map.of("hidden", false),
            after));
  }
}
