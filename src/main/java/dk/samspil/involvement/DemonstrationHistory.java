package dk.samspil.involvement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * <strong>For demonstration data only.</strong> Replays the life of a process on past dates, so
 * that a demonstration can show processes that opened, were answered and were decided weeks ago.
 * Every step goes through the same guarded transitions as {@link InvolvementManagement} (a deadline
 * after the day of publishing, answers only while open, feedback only on a contribution, …), with
 * the given day as "today"; it only differs in sending no e-mail. Nothing but the demo module may
 * use it.
 */
@Service
@Transactional
public class DemonstrationHistory {

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  private final InvolvementManagement management;
  private final InvolvementProcesses processes;
  private final Invitations invitations;
  private final Notices notices;

  DemonstrationHistory(
      InvolvementManagement management,
      InvolvementProcesses processes,
      Invitations invitations,
      Notices notices) {
    this.management = management;
    this.processes = processes;
    this.invitations = invitations;
    this.notices = notices;
  }

  /** Creates the process on {@code on} and publishes it the same day to the councils. */
  public InvolvementProcess publish(
      ProcessDraft draft, Long by, Set<Long> councilIds, LocalDate on) {
    InvolvementProcess process = processes.save(new InvolvementProcess(draft, by, at(on, 9)));
    Map<Long, RoutingPolicy.Proposal> proposed =
        management.proposeCouncils(process.getId()).proposals().stream()
            .collect(Collectors.toMap(RoutingPolicy.Proposal::councilId, Function.identity()));
    process.publish(on, councilIds.size(), at(on, 10));
    for (Long councilId : councilIds) {
      RoutingPolicy.Proposal proposal = proposed.get(councilId);
      invitations.save(
          new Invitation(
              process.getId(),
              councilId,
              proposal != null ? proposal.encodedReasons() : RoutingPolicy.MANUAL + "="));
    }
    return process;
  }

  public void saveDraft(Long processId, Long councilId, String text, Long by, LocalDate on) {
    Invitation invitation = management.invitationFor(processId, councilId);
    invitation.saveDraft(text, invitation.getDraftVersion(), by, at(on, 20), open(processId, on));
  }

  public void contribute(
      Long processId, Long councilId, String text, boolean isPublic, Long by, LocalDate on) {
    saveDraft(processId, councilId, text, by, on);
    management
        .invitationFor(processId, councilId)
        .send(by, at(on, 21), open(processId, on), isPublic);
  }

  public void decline(Long processId, Long councilId, String reason, Long by, LocalDate on) {
    management
        .invitationFor(processId, councilId)
        .decline(reason, by, at(on, 21), open(processId, on));
  }

  public void addAddendum(Long processId, Long councilId, String text, Long by, LocalDate on) {
    management
        .invitationFor(processId, councilId)
        .addAddendum(text, by, at(on, 21), open(processId, on));
  }

  public void closeForContributions(Long processId) {
    management.process(processId).closeForContributions();
  }

  public void giveFeedback(
      Long processId, Long councilId, FeedbackVerdict verdict, String text, Long by, LocalDate on) {
    management.invitationFor(processId, councilId).giveFeedback(verdict, text, by, at(on, 11));
  }

  public void recordOutcome(
      Long processId,
      String text,
      LocalDate date,
      Long committeeId,
      String minutesUrl,
      LocalDate on) {
    management.process(processId).recordOutcome(text, date, committeeId, minutesUrl, at(on, 12));
  }

  public void close(Long processId, LocalDate on) {
    management.process(processId).close(at(on, 12));
  }

  /** A notice published on {@code on}, without e-mail. */
  public Notice publishNotice(
      String title,
      String body,
      Long departmentId,
      Set<Long> areaIds,
      Set<Long> councilIds,
      Long by,
      LocalDate on) {
    return notices.save(new Notice(title, body, departmentId, by, areaIds, councilIds, at(on, 13)));
  }

  private boolean open(Long processId, LocalDate on) {
    return management.process(processId).acceptsAnswers(on);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(DANISH_TIME).toInstant();
  }
}
