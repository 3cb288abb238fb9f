package dk.samspil.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CouncilMembers extends JpaRepository<CouncilMember, Long> {

  List<CouncilMember> findByCouncilId(Long councilId);

  List<CouncilMember> findByAccountId(Long accountId);

  Optional<CouncilMember> findByCouncilIdAndAccountId(Long councilId, Long accountId);

  boolean existsByAccountId(Long accountId);

  long countByCouncilIdAndMayAnswerTrue(Long councilId);

  /**
   * Pairs of council id and its number of members (invited ones included), for councils with any.
   */
  @Query("select m.councilId, count(m) from CouncilMember m group by m.councilId")
  List<Object[]> countMembersByCouncil();
}
