package dk.samspil.proposal;

import dk.samspil.shared.SecretTokens;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's deadline for a proposal: one reminder before it, and, once it has passed without a
 * decision, the proposer is told and may ask the contact person, through a single-use link ({@code
 * /forslag/kontaktperson?token=…}), to forward it. The jobs run once across all instances: a second
 * instance finds the database lock taken and does nothing.
 */
@Service
@Transactional
public class CouncilDeadlines {

  /** Advisory lock keys of the scheduled jobs: constants unique in the database. */
  static final long REMINDER_JOB_LOCK = 0x5a4d_5052_0001L;

  static final long DEADLINE_JOB_LOCK = 0x5a4d_5052_0002L;

  private final Proposals proposals;
  private final ProposalsAtCouncils atCouncils;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CouncilDeadlines(
      Proposals proposals,
      ProposalsAtCouncils atCouncils,
      ApplicationEventPublisher events,
      Clock clock) {
    this.proposals = proposals;
    this.atCouncils = atCouncils;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Reminds, once, the council of every proposal it has not decided on whose deadline is at most
   * {@code daysBefore} days away; {@link ProposalCouncilReminded} mails it.
   *
   * @return how many proposals were reminded of
   */
  public int sendReminders(int daysBefore) {
    if (!proposals.tryAdvisoryTransactionLock(REMINDER_JOB_LOCK)) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    List<Proposal> due =
        atCouncils.unremindedWithDeadlineBetween(
            ProposalState.HOS_LOKALRAADET, today, today.plusDays(daysBefore));
    int reminded = 0;
    for (Proposal proposal : due) {
      if (!proposal.councilReminderDue(today, daysBefore)) {
        continue;
      }
      proposal.councilReminded(clock.instant());
      proposals.save(proposal);
      events.publishEvent(
          new ProposalCouncilReminded(proposal.getId(), proposal.getCouncilDeadline()));
      reminded++;
    }
    return reminded;
  }

  /**
   * Tells the proposer of every proposal whose council's deadline passed without a decision (the
   * step {@link StepKind#FRIST_OVERSKREDET}, whose mail brings the link to the contact person).
   *
   * @return how many proposals passed their deadline
   */
  public int tellDeadlinesPassed() {
    if (!proposals.tryAdvisoryTransactionLock(DEADLINE_JOB_LOCK)) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    int told = 0;
    for (Proposal proposal :
        atCouncils.untoldWithDeadlineBefore(ProposalState.HOS_LOKALRAADET, today)) {
      if (!proposal.councilDeadlinePassed(today)) {
        continue;
      }
      proposal.tellDeadlinePassed(clock.instant());
      proposals.save(proposal);
      told++;
    }
    return told;
  }

  /**
   * Makes the proposer's link to ask the contact person, keeping only its hash (a new link replaces
   * an older one): for the mail that tells the proposer the deadline passed, in its transaction.
   */
  String issueContactLink(Long proposalId) {
    String secret = SecretTokens.newSecret();
    atCouncils.storeContactTokenHash(proposalId, SecretTokens.hash(secret));
    return secret;
  }

  /** The proposal the proposer's link to ask the contact person belongs to, if any. */
  @Transactional(readOnly = true)
  public Optional<Proposal> byContactToken(String token) {
    return token == null || token.isBlank()
        ? Optional.empty()
        : atCouncils.findByContactTokenHash(SecretTokens.hash(token));
  }

  /**
   * The proposer asks the contact person to forward the proposal whose council let the deadline
   * pass (the step {@link StepKind#KONTAKTPERSON_BEDT}).
   *
   * @return the proposal; empty if the link is unknown
   * @throws IllegalProposalStep if it was asked already, or the proposal moved on
   */
  public Optional<Proposal> askContactPerson(String token) {
    Optional<Proposal> found = byContactToken(token);
    found.ifPresent(
        proposal -> {
          proposal.askContactPerson(clock.instant());
          proposals.saveAndFlush(proposal);
        });
    return found;
  }
}
