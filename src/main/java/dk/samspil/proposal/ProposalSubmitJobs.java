package dk.samspil.proposal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes proposals whose proposer never confirmed the address within the link's validity, the
 * photos of forms never sent, and the counted client addresses after a day. Every instance runs it;
 * a database lock makes each run happen once.
 */
@Component
class ProposalSubmitJobs {

  private static final Logger log = LoggerFactory.getLogger(ProposalSubmitJobs.class);

  private final ProposalSubmission submission;

  ProposalSubmitJobs(ProposalSubmission submission) {
    this.submission = submission;
  }

  @Scheduled(
      initialDelayString = "${samspil.proposal.submit.cleanup-delay:1h}",
      fixedDelayString = "${samspil.proposal.submit.cleanup-delay:1h}")
  void forgetUnconfirmed() {
    try {
      int deleted = submission.forgetUnconfirmed();
      if (deleted > 0) {
        log.info("Deleted {} proposals whose address was never confirmed", deleted);
      }
    } catch (RuntimeException e) {
      log.warn("Deleting unconfirmed proposals failed: {}", e.toString());
    }
  }

  /** Switches on Spring's scheduler for the job above (harmless if another module does too). */
  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  static class Scheduling {}
}
