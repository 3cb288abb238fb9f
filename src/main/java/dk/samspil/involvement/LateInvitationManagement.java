package dk.samspil.involvement;

import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.council.RoutingPolicy.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites one more council to a published process that still takes contributions, with the reason
 * it is invited (e.g. „the citizens' proposal … is part of the process“). A council already
 * invited, a closed-down council, or a process past its deadline is left as it is.
 */
@Service
@Transactional
public class LateInvitationManagement {

  private final ProcessQueries queries;
  private final Invitations invitations;
  private final CouncilManagement councils;

  LateInvitationManagement(
      ProcessQueries queries, Invitations invitations, CouncilManagement councils) {
    this.queries = queries;
    this.invitations = invitations;
    this.councils = councils;
  }

  /** Invites the council, and says whether it was invited now. */
  public boolean invite(Long processId, Long councilId, Reason reason) {
    InvolvementProcess process = queries.process(processId);
    boolean takesContributions =
        process.getStatus() == ProcessStatus.AABEN
            && process.getDeadline().isAfter(queries.today());
    Council council = councils.councilById(councilId);
    if (!takesContributions
        || council.isClosedDown()
        || invitations.findByProcessIdAndCouncilId(processId, councilId).isPresent()) {
      return false;
    }
    invitations.save(Invitation.later(processId, councilId, reason));
    return true;
  }
}
