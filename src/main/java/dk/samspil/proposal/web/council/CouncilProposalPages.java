package dk.samspil.proposal.web.council;

import dk.samspil.council.Council;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalQuestion;
import dk.samspil.shared.FormErrors;
import java.util.List;

/** What the council's list and the proposer's link pages show (their templates read these). */
public final class CouncilProposalPages {

  private CouncilProposalPages() {}

  /** The question page: the question, and the form or the answer given. */
  public record AnswerPage(
      String token,
      ProposalQuestion question,
      Proposal proposal,
      String asker,
      String answer,
      FormErrors errors) {}

  /** The request to the contact person: the proposal, whose deadline passed, and whether asked. */
  public record ContactPage(
      String token, Proposal proposal, String councilName, String refusal, boolean asked) {}

  public record ListPage(
      Council council,
      List<CouncilProposalViews.Waiting> waiting,
      List<CouncilProposalViews.Decided> decided,
      int recentDays) {}
}
