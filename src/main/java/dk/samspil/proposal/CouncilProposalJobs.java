package dk.samspil.proposal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The council's deadlines for proposals, in the background: the reminder before, and telling the
 * proposer when it passed. Every instance runs the job; a database lock inside each run makes it
 * happen once (see {@link CouncilDeadlines}). Spring's scheduler is switched on by the involvement
 * module's jobs, and by this module's {@code Scheduling} below.
 */
@Component
class CouncilProposalJobs {

  private static final Logger log = LoggerFactory.getLogger(CouncilProposalJobs.class);

  private final CouncilDeadlines deadlines;
  private final int reminderDaysBefore;

  CouncilProposalJobs(
      CouncilDeadlines deadlines,
      @Value("${samspil.proposal.council.reminder-days-before:7}") int reminderDaysBefore) {
    this.deadlines = deadlines;
    this.reminderDaysBefore = reminderDaysBefore;
  }

  @Scheduled(
      initialDelayString = "${samspil.proposal.council.jobs.initial-delay:1m}",
      fixedDelayString = "${samspil.proposal.council.jobs.delay:15m}")
  void run() {
    // the deadline first: a proposal past its deadline gets no reminder
    try {
      int told = deadlines.tellDeadlinesPassed();
      if (told > 0) {
        log.info("Told the proposers of {} proposals that the council's deadline passed", told);
      }
    } catch (RuntimeException e) {
      // e.g. the council decided at the same moment (optimistic lock); the next run tries again
      log.warn("Telling of passed council deadlines failed: {}", e.toString());
    }
    try {
      int reminded = deadlines.sendReminders(reminderDaysBefore);
      if (reminded > 0) {
        log.info("Reminded councils of {} proposals' deadlines", reminded);
      }
    } catch (RuntimeException e) {
      log.warn("Reminding councils of proposals' deadlines failed: {}", e.toString());
    }
  }

  /** Switches on Spring's scheduler for the job above (harmless if another module does too). */
  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  static class Scheduling {}
}
