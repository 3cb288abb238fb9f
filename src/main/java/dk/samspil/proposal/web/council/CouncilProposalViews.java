package dk.samspil.proposal.web.council;

import dk.samspil.proposal.CouncilProposals;
import dk.samspil.proposal.DeadlineStatus;
import dk.samspil.proposal.Proposal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The council's proposals as its home and its list show them. */
@Component
public class CouncilProposalViews {

  /** A proposal waiting for the council, with its deadline and how near it is. */
  public record Waiting(Proposal proposal, DeadlineStatus status, long daysLeft) {

    public String href() {
      return "/forslag/" + proposal.getId() + "/behandling";
    }
  }

  /** A proposal the council decided on lately, and when. */
  public record Decided(Proposal proposal, Instant at) {

    public String href() {
      return "/forslag/" + proposal.getId();
    }
  }

  private final CouncilProposals proposals;
  private final int recentDays;

  CouncilProposalViews(
      CouncilProposals proposals,
      @Value("${samspil.proposal.council.recent-days:90}") int recentDays) {
    this.proposals = proposals;
    this.recentDays = recentDays;
  }

  int recentDays() {
    return recentDays;
  }

  List<Waiting> waiting(Long councilId) {
    LocalDate today = proposals.today();
    return proposals.awaiting(councilId).stream()
        .map(
            proposal ->
                new Waiting(
                    proposal,
                    proposals.deadlineStatus(proposal, today),
                    proposal.getCouncilDeadline() == null
                        ? 0
                        : ChronoUnit.DAYS.between(today, proposal.getCouncilDeadline())))
        .toList();
  }

  List<Decided> decided(Long councilId) {
    return proposals.decidedRecently(councilId, recentDays).stream()
        .map(proposal -> new Decided(proposal, CouncilProposals.decidedAt(proposal, councilId)))
        .toList();
  }
}
