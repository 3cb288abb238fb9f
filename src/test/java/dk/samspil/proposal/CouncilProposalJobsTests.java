package dk.samspil.proposal;

import static dk.samspil.proposal.CouncilProposalMother.unique;
import static dk.samspil.proposal.CouncilProposalMother.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The council's deadline job, as several instances would run it on one database. */
@SamspilTest
class CouncilProposalJobsTests {

  @Autowired CouncilProposalJobs jobs;
  @Autowired CouncilDeadlines deadlines;
  @Autowired CouncilProposalMother mother;
  @Autowired DataSource dataSource;

  @Test
  void tellsThePassedDeadlineFirstSoThatSuchAProposalGetsNoReminder() {
    Proposal passed = mother.atCouncil(unique("Forbi"), "fensmark", uniqueEmail("job"));
    mother.setCouncilDeadline(passed, LocalDate.now().minusDays(1));
    Proposal due = mother.atCouncil(unique("Snart"), "fensmark", uniqueEmail("job"));
    mother.setCouncilDeadline(due, LocalDate.now());

    jobs.run();

    assertThat(mother.proposal(passed.getId()).getCouncilDeadlineToldAt()).isNotNull();
    assertThat(mother.recipientsOfMailsAbout("for borgerforslaget " + passed.getTitle())).isEmpty();
    assertThat(mother.recipientsOfMailsAbout("for borgerforslaget " + due.getTitle()))
        .containsExactly("formand.fensmark@samspil.test");
    assertThat(mother.proposal(due.getId()).getCouncilDeadlineToldAt())
        .as("the last day is not past the deadline")
        .isNull();
  }

  @Test
  void leavesTheWorkToTheInstanceThatHoldsTheLock() throws Exception {
    Proposal passed = mother.atCouncil(unique("Låst"), "fensmark", uniqueEmail("job"));
    mother.setCouncilDeadline(passed, LocalDate.now().minusDays(1));

    try (Connection otherInstance = dataSource.getConnection()) {
      otherInstance.setAutoCommit(false);
      try (Statement statement = otherInstance.createStatement()) {
        statement.execute(
            "select pg_advisory_xact_lock(" + CouncilDeadlines.DEADLINE_JOB_LOCK + ")");
        statement.execute(
            "select pg_advisory_xact_lock(" + CouncilDeadlines.REMINDER_JOB_LOCK + ")");
      }

      assertThat(deadlines.tellDeadlinesPassed()).isZero();
      assertThat(deadlines.sendReminders(7)).isZero();
      assertThat(mother.proposal(passed.getId()).getCouncilDeadlineToldAt()).isNull();

      otherInstance.rollback();
    }

    assertThat(deadlines.tellDeadlinesPassed()).isPositive();
    assertThat(mother.proposal(passed.getId()).getCouncilDeadlineToldAt()).isNotNull();
  }
}
