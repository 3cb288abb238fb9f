package dk.samspil.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The council's internal comments on proposals. */
interface ProposalComments extends JpaRepository<ProposalComment, Long> {

  List<ProposalComment> findByProposalIdOrderByCreatedAtAscIdAsc(Long proposalId);
}
