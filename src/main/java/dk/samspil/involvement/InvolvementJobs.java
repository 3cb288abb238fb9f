package dk.samspil.involvement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The involvement module's background work: reminding councils that have not answered, and moving
 * open processes whose deadline has passed to „under behandling“. Every instance runs the jobs; a
 * database lock inside each run makes it happen once (see {@link DeadlineManagement}).
 */
@Component
class InvolvementJobs {

  private static final Logger log = LoggerFactory.getLogger(InvolvementJobs.class);

  private final DeadlineManagement deadlines;
  private final int reminderDaysBefore;

  InvolvementJobs(
      DeadlineManagement deadlines,
      @Value("${samspil.involvement.reminder-days-before:7}") int reminderDaysBefore) {
    this.deadlines = deadlines;
    this.reminderDaysBefore = reminderDaysBefore;
  }

  @Scheduled(
      initialDelayString = "${samspil.involvement.jobs.initial-delay:1m}",
      fixedDelayString = "${samspil.involvement.jobs.delay:15m}")
  void run() {
    // closing first: a process past its deadline gets no reminder
    try {
      int closed = deadlines.closeProcessesPastDeadline();
      if (closed > 0) {
        log.info("Moved {} processes past their deadline to under consideration", closed);
      }
    } catch (RuntimeException e) {
      log.warn("Closing processes past their deadline failed: {}", e.toString());
    }
    try {
      int reminded = deadlines.sendReminders(reminderDaysBefore);
      if (reminded > 0) {
        log.info("Reminded {} councils of a deadline", reminded);
      }
    } catch (RuntimeException e) {
      // e.g. a council answered at the same moment (optimistic lock); the next run tries again
      log.warn("Sending deadline reminders failed: {}", e.toString());
    }
  }

  /** Switches on Spring's scheduler for the jobs above (harmless if another module does too). */
  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  static class Scheduling {}
}
