package dk.samspil.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilMembers extends JpaRepository<CouncilMember, Long> {

  List<CouncilMember> findByCouncilId(Long councilId);

  List<CouncilMember> findByAccountId(Long accountId);

  Optional<CouncilMember> findByCouncilIdAndAccountId(Long councilId, Long accountId);

  boolean existsByAccountId(Long accountId);

  long countByCouncilIdAndMayAnswerTrue(Long councilId);
}
