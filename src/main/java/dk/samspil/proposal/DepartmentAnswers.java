package dk.samspil.proposal;

import dk.samspil.organisation.OrganisationManagement;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's use case: it acknowledges a proposal it was given (who handles it), passes it on
 * to another department, answers it, and says when what it promised is done. Who may do so is
 * {@link ProposalAccess#answersForDepartment}; whether the step may be taken now is the proposal's.
 */
@Service
@Transactional
public class DepartmentAnswers {

  private final Proposals proposals;
  private final OrganisationManagement organisation;
  private final Clock clock;

  DepartmentAnswers(Proposals proposals, OrganisationManagement organisation, Clock clock) {
    this.proposals = proposals;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** The department has it and says who handles it. */
  public void acknowledge(Long proposalId, String handlerName, Long by) {
    Proposal proposal = proposal(proposalId);
    proposal.acknowledge(handlerName, by, clock.instant());
    proposals.save(proposal);
  }

  /**
   * The department's answer, with what will happen or why not; {@link MunicipalAnswer#INDDRAGELSE}
   * names the involvement process ({@code processId}) it becomes part of.
   */
  public void answer(
      Long proposalId, MunicipalAnswer answer, String text, Long processId, Long by) {
    Proposal proposal = proposal(proposalId);
    proposal.answer(answer, text, processId, by, clock.instant());
    proposals.save(proposal);
  }

  /** Passes it on to another department (which must acknowledge it anew), with a reason. */
  public void passOn(Long proposalId, Long toDepartmentId, String reason, Long by) {
    Proposal proposal = proposal(proposalId);
    if (toDepartmentId != null && organisation.departmentsById(List.of(toDepartmentId)).isEmpty()) {
      toDepartmentId = null;
    }
    proposal.passOn(toDepartmentId, reason, by, clock.instant());
    proposals.save(proposal);
  }

  /** What the department promised (yes, or partly) has been done. */
  public void complete(Long proposalId, String text, Long by) {
    Proposal proposal = proposal(proposalId);
    proposal.complete(text, by, clock.instant());
    proposals.save(proposal);
  }

  private Proposal proposal(Long id) {
    return proposals.findById(id).orElseThrow(() -> ProposalNotFound.forId(id));
  }
}
