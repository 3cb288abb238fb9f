package dk.samspil.proposal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The local supports of proposals. */
interface LocalSupports extends JpaRepository<LocalSupport, Long> {

  Optional<LocalSupport> findByProposalIdAndAccountId(Long proposalId, Long accountId);

  @Query("select s from LocalSupport s where s.proposalId = ?1 and lower(s.email) = lower(?2)")
  Optional<LocalSupport> findByProposalIdAndEmail(Long proposalId, String email);

  Optional<LocalSupport> findByTokenHash(String tokenHash);

  long countByClientHashAndCreatedAtAfter(String clientHash, Instant since);
}
