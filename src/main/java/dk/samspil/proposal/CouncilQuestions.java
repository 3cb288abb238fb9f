package dk.samspil.proposal;

import dk.samspil.shared.SamspilPrincipal;
import dk.samspil.shared.SecretTokens;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's questions to the proposer: whoever decides for the council asks, the proposer is
 * mailed the question with a single-use link ({@code /forslag/svar?token=…}) and answers once, and
 * the council is told. Question and answer are internal, between the council and the proposer.
 */
@Service
@Transactional
public class CouncilQuestions {

  private final ProposalQueries queries;
  private final Proposals proposals;
  private final ProposalQuestions questions;
  private final ProposalAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CouncilQuestions(
      ProposalQueries queries,
      Proposals proposals,
      ProposalQuestions questions,
      ProposalAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.queries = queries;
    this.proposals = proposals;
    this.questions = questions;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Asks the proposer a question on the council's behalf; {@link ProposalQuestionAsked} mails it.
   *
   * @throws AccessDeniedException if the person does not decide for the council
   * @throws IllegalProposalStep if the proposal is no longer with the council
   */
  public ProposalQuestion ask(Long proposalId, String question, Authentication authentication) {
    Proposal proposal = queries.proposal(proposalId);
    CouncilDecisions.requireDecider(access, authentication, proposal);
    long by = ((SamspilPrincipal) authentication.getPrincipal()).accountId();
    proposal.recordQuestion(by, clock.instant());
    proposals.save(proposal);
    ProposalQuestion asked =
        questions.save(new ProposalQuestion(proposalId, question.strip(), by, clock.instant()));
    events.publishEvent(new ProposalQuestionAsked(proposalId, asked.getId()));
    return asked;
  }

  /** The question the link's secret belongs to, if any. */
  @Transactional(readOnly = true)
  public Optional<ProposalQuestion> byToken(String token) {
    return token == null || token.isBlank()
        ? Optional.empty()
        : questions.findByTokenHash(SecretTokens.hash(token));
  }

  /**
   * The proposer's answer through the link; {@link ProposalQuestionAnswered} tells the council.
   *
   * @throws QuestionRefused if the question is answered already
   * @return the question, answered; empty if the link is unknown
   */
  public Optional<ProposalQuestion> answer(String token, String answer) {
    Optional<ProposalQuestion> found = byToken(token);
    found.ifPresent(
        question -> {
          question.answer(answer.strip(), clock.instant());
          Proposal proposal = queries.proposal(question.getProposalId());
          proposal.recordQuestionAnswered(clock.instant());
          proposals.save(proposal);
          events.publishEvent(
              new ProposalQuestionAnswered(question.getProposalId(), question.getId()));
        });
    return found;
  }
}
