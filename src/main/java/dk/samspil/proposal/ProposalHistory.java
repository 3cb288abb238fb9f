package dk.samspil.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays a proposal's history (demonstration data): the same guarded steps as what people do, on
 * the days the data names, each on a {@link Proposal#replaying() replaying} proposal, so that its
 * events say so and no one is mailed about what happened months ago.
 */
@Service
@Transactional
public class ProposalHistory {

  private final Proposals proposals;
  private final ProposalQueries queries;
  private final LocalSupportManagement supports;

  ProposalHistory(Proposals proposals, ProposalQueries queries, LocalSupportManagement supports) {
    this.proposals = proposals;
    this.queries = queries;
    this.supports = supports;
  }

  /** A proposal brought and confirmed at {@code at}: with the council from then on. */
  public Long bring(NewProposal proposal, Instant at, LocalDate councilDeadline) {
    // saved first, so that the step's event names the proposal
    Proposal brought = proposals.save(new Proposal(proposal, null, at)).replaying();
    brought.confirm(at, councilDeadline);
    return proposals.save(brought).getId();
  }

  public void forward(Long id, Assessment assessment, String text, Long by, Instant at) {
    replay(id, p -> p.forward(assessment, text, by, at));
  }

  public void returnToProposer(Long id, ReturnReason reason, String text, Long by, Instant at) {
    replay(id, p -> p.returnToProposer(reason, text, by, at));
  }

  public void takeUp(Long id, String text, Long by, Instant at) {
    replay(id, p -> p.takeUp(text, by, at));
  }

  public void route(Long id, Long departmentId, Long by, Instant at, LocalDate answerDeadline) {
    replay(id, p -> p.route(departmentId, by, at, answerDeadline));
  }

  public void acknowledge(Long id, String handlerName, Long by, Instant at) {
    replay(id, p -> p.acknowledge(handlerName, by, at));
  }

  public void answer(
      Long id, MunicipalAnswer answer, String text, Long processId, Long by, Instant at) {
    replay(id, p -> p.answer(answer, text, processId, by, at));
  }

  public void complete(Long id, String text, Long by, Instant at) {
    replay(id, p -> p.complete(text, by, at));
  }

  public void hide(Long id, String reason, Long by, Instant at) {
    replay(id, p -> p.hide(reason, by, at));
  }

  /** A local support by e-mail, confirmed at {@code at}; once per address. */
  public void support(Long id, String email, Instant at) {
    supports.replaySupport(id, email, at);
  }

  private void replay(Long id, Consumer<Proposal> step) {
    Proposal proposal = queries.proposal(id).replaying();
    step.accept(proposal);
    proposals.save(proposal);
  }
}
