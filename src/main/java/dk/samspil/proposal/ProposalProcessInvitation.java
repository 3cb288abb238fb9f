package dk.samspil.proposal;

import dk.samspil.council.RoutingPolicy.Reason;
import dk.samspil.involvement.LateInvitationManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the municipality answers that a proposal becomes part of an involvement process, the council
 * that qualified it is invited to that process (if it still takes contributions and the council is
 * not invited already), with the proposal as the reason.
 */
@Component
class ProposalProcessInvitation {

  static final String REASON = "routing.reason.proposal";

  private final ProposalQueries queries;
  private final LateInvitationManagement invitations;

  ProposalProcessInvitation(ProposalQueries queries, LateInvitationManagement invitations) {
    this.queries = queries;
    this.invitations = invitations;
  }

  @ApplicationModuleListener
  void on(ProposalStepTaken event) {
    if (event.kind() != StepKind.BESVARET || event.replayed()) {
      return;
    }
    Proposal proposal = queries.proposal(event.proposalId());
    if (proposal.getAnswer() == MunicipalAnswer.INDDRAGELSE && proposal.getCouncilId() != null) {
      invitations.invite(
          proposal.getAnswerProcessId(),
          proposal.getCouncilId(),
          new Reason(REASON, proposal.getTitle()));
    }
  }
}
