package dk.samspil.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The councils' questions to proposers. */
interface ProposalQuestions extends JpaRepository<ProposalQuestion, Long> {

  List<ProposalQuestion> findByProposalIdOrderByAskedAtAscIdAsc(Long proposalId);

  Optional<ProposalQuestion> findByTokenHash(String tokenHash);
}
