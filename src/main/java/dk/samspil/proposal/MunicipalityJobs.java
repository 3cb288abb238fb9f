package dk.samspil.proposal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The municipality's part of the proposals' background work: reminding departments of their answer
 * deadline. Every instance runs it; a database lock inside each run makes it happen once.
 */
@Component
class MunicipalityJobs {

  private static final Logger log = LoggerFactory.getLogger(MunicipalityJobs.class);

  private final AnswerReminders reminders;
  private final int reminderDaysBefore;

  MunicipalityJobs(
      AnswerReminders reminders,
      @Value("${samspil.proposal.municipality.reminder-days-before:7}") int reminderDaysBefore) {
    this.reminders = reminders;
    this.reminderDaysBefore = reminderDaysBefore;
  }

  @Scheduled(
      initialDelayString = "${samspil.proposal.municipality.jobs.initial-delay:1m}",
      fixedDelayString = "${samspil.proposal.municipality.jobs.delay:15m}")
  void run() {
    try {
      int reminded = reminders.remindDepartments(reminderDaysBefore);
      if (reminded > 0) {
        log.info("Reminded the departments of {} proposals of their answer deadline", reminded);
      }
    } catch (RuntimeException e) {
      // e.g. the department answered at the same moment (optimistic lock); the next run tries again
      log.warn("Reminding departments of their answer deadline failed: {}", e.toString());
    }
  }
}
