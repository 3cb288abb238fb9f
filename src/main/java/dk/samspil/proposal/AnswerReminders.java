package dk.samspil.proposal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the department that has a proposal of its answer deadline, once, a configured number of
 * days before it ({@link ProposalAnswerReminded} mails its employees). Run by {@link
 * MunicipalityJobs}; a database lock makes each run happen once however many instances run it.
 */
@Service
@Transactional
public class AnswerReminders {

  /** The advisory lock key of the job: a constant unique in the database. */
  static final long ANSWER_REMINDER_LOCK = 0x5a4d_5052_4d01L;

  private final Proposals proposals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AnswerReminders(Proposals proposals, ApplicationEventPublisher events, Clock clock) {
    this.proposals = proposals;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Reminds every department whose answer is due within {@code daysBefore} days and that was not
   * reminded of it.
   *
   * @return how many proposals' departments were reminded
   */
  public int remindDepartments(int daysBefore) {
    if (!proposals.tryAdvisoryTransactionLock(ANSWER_REMINDER_LOCK)) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    Specification<Proposal> due =
        (root, query, cb) ->
            cb.and(
                new Predicate[] {
                  root.get("state").in(ProposalState.HOS_FORVALTNINGEN, ProposalState.KVITTERET),
                  cb.isNull(root.get("answerRemindedAt")),
                  cb.between(root.get("answerDeadline"), today, today.plusDays(daysBefore))
                });
    List<Proposal> found = proposals.findAll(due);
    int reminded = 0;
    for (Proposal proposal : found) {
      if (!proposal.answerReminderDue(today, daysBefore)) {
        continue;
      }
      proposal.answerReminded(clock.instant());
      proposals.save(proposal);
      events.publishEvent(
          new ProposalAnswerReminded(
              proposal.getId(), proposal.getDepartmentId(), proposal.getAnswerDeadline()));
      reminded++;
    }
    return reminded;
  }
}
