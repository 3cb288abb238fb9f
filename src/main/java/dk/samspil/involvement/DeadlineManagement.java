package dk.samspil.involvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the deadlines bring about without anyone acting, run by {@link InvolvementJobs}: the one
 * reminder to councils that have not answered, and the end of contributions when the deadline has
 * passed. Each runs once across all instances: a second instance finds the database lock taken and
 * does nothing.
 */
@Service
@Transactional
public class DeadlineManagement {

  /** Advisory lock keys of the scheduled jobs: any constants unique in the database. */
  static final long REMINDER_JOB_LOCK = 0x5a4d_5049_0001L;

  static final long DEADLINE_JOB_LOCK = 0x5a4d_5049_0002L;

  private final InvolvementProcesses processes;
  private final Invitations invitations;
  private final Clock clock;

  DeadlineManagement(InvolvementProcesses processes, Invitations invitations, Clock clock) {
    this.processes = processes;
    this.invitations = invitations;
    this.clock = clock;
  }

  /**
   * Reminds, once, every invited council that has not answered, when the deadline is at most {@code
   * daysBefore} days away; {@link InvitationReminded} mails it.
   *
   * @return how many invitations were reminded
   */
  public int sendReminders(int daysBefore) {
    if (!processes.tryAdvisoryTransactionLock(REMINDER_JOB_LOCK)) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    List<Invitation> due =
        invitations.findUnansweredWithDeadlineBetween(today, today.plusDays(daysBefore));
    Map<Long, InvolvementProcess> byId =
        processes
            .findAllById(due.stream().map(Invitation::getProcessId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(InvolvementProcess::getId, Function.identity()));
    int reminded = 0;
    for (Invitation invitation : due) {
      InvolvementProcess process = byId.get(invitation.getProcessId());
      if (process == null
          || !invitation.isDueForReminder(process, today, clock.getZone(), daysBefore)) {
        continue;
      }
      invitation.remind(clock.instant());
      invitations.save(invitation);
      reminded++;
    }
    return reminded;
  }

  /**
   * Moves every open process whose deadline has passed to „under behandling“.
   *
   * @return how many processes were moved
   */
  public int closeProcessesPastDeadline() {
    if (!processes.tryAdvisoryTransactionLock(DEADLINE_JOB_LOCK)) {
      return 0;
    }
    List<InvolvementProcess> due =
        processes.findByStatusAndDeadlineBefore(ProcessStatus.AABEN, LocalDate.now(clock));
    due.forEach(InvolvementProcess::closeForContributions);
    return due.size();
  }
}
