package dk.samspil.involvement;

import static dk.samspil.involvement.InvolvementMother.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder and deadline jobs, on the real database, as several instances would run them. */
@SamspilTest
class InvolvementJobsTests {

  @Autowired ProcessQueries queries;
  @Autowired DeadlineManagement deadlines;
  @Autowired InvolvementJobs jobs;
  @Autowired InvolvementMother mother;
  @Autowired DataSource dataSource;

  LocalDate today() {
    return queries.today();
  }

  @Test
  void remindsCouncilsThatHaveNotAnsweredOnceAndNotThoseThatAnswered() {
    String title = unique("Påmindelse");
    InvolvementProcess process =
        mother.open(title, today().plusWeeks(4), "fensmark", "tappernoeje");
    mother.decline(process, "tappernoeje", null);
    mother.setDeadline(process, today().plusDays(5));
    mother.setPublishedDaysAgo(process, 23);

    jobs.run();
    jobs.run();

    assertThat(mother.recipientsOfMailsAbout("Påmindelse: frist"))
        .filteredOn(recipient -> recipient.equals("fensmark@lokalraad.example"))
        .isNotEmpty();
    assertThat(mother.recipientsOfMailsAbout(title))
        .filteredOn(recipient -> recipient.equals("fensmark@lokalraad.example"))
        .as("the invitation and one reminder")
        .hasSize(2);
    assertThat(mother.recipientsOfMailsAbout("for " + title))
        .contains("fensmark@lokalraad.example", "formand.fensmark@samspil.test")
        .doesNotContain("tappernoeje@lokalraad.example", "formand.tappernoeje@samspil.test")
        .doesNotHaveDuplicates();
    assertThat(mother.invitation(process, "fensmark").getRemindedAt()).isNotNull();
    assertThat(mother.invitation(process, "tappernoeje").getRemindedAt()).isNull();
  }

  @Test
  void doesNotRemindBeforeTheReminderPeriod() {
    String title = unique("Endnu ikke");
    InvolvementProcess process = mother.open(title, today().plusWeeks(4), "fensmark");
    mother.setPublishedDaysAgo(process, 2);

    deadlines.sendReminders(7);

    assertThat(mother.recipientsOfMailsAbout("for " + title)).isEmpty();
    assertThat(mother.invitation(process, "fensmark").getRemindedAt()).isNull();
  }

  @Test
  void movesOpenProcessesPastTheirDeadlineToUnderConsideration() {
    InvolvementProcess past =
        mother.open(unique("Fristen er gået"), today().plusWeeks(4), "fensmark");
    mother.setDeadline(past, today().minusDays(1));
    InvolvementProcess lastDay =
        mother.open(unique("Sidste dag"), today().plusWeeks(4), "fensmark");
    mother.setDeadline(lastDay, today());

    jobs.run();

    assertThat(queries.process(past.getId()).getStatus()).isEqualTo(ProcessStatus.UNDER_BEHANDLING);
    assertThat(queries.process(lastDay.getId()).getStatus()).isEqualTo(ProcessStatus.AABEN);
  }

  @Test
  void leavesTheWorkToTheInstanceThatHoldsTheLock() throws Exception {
    InvolvementProcess past = mother.open(unique("Låst"), today().plusWeeks(4), "fensmark");
    mother.setDeadline(past, today().minusDays(1));

    try (Connection otherInstance = dataSource.getConnection()) {
      otherInstance.setAutoCommit(false);
      try (Statement statement = otherInstance.createStatement()) {
        statement.execute(
            "select pg_advisory_xact_lock(" + DeadlineManagement.DEADLINE_JOB_LOCK + ")");
        statement.execute(
            "select pg_advisory_xact_lock(" + DeadlineManagement.REMINDER_JOB_LOCK + ")");
      }

      assertThat(deadlines.closeProcessesPastDeadline()).isZero();
      assertThat(deadlines.sendReminders(7)).isZero();
      assertThat(queries.process(past.getId()).getStatus()).isEqualTo(ProcessStatus.AABEN);

      otherInstance.rollback();
    }

    assertThat(deadlines.closeProcessesPastDeadline()).isPositive();
    assertThat(queries.process(past.getId()).getStatus()).isEqualTo(ProcessStatus.UNDER_BEHANDLING);
  }
}
