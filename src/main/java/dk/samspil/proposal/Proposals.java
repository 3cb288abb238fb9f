package dk.samspil.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The proposals. Each use case adds the queries it needs here. */
interface Proposals extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

  Optional<Proposal> findByConfirmationTokenHash(String tokenHash);

  /**
   * Takes a PostgreSQL advisory lock until the transaction ends, if no other transaction holds it.
   * Scheduled jobs take one, so that each run happens once however many instances are running.
   */
  @Query(value = "select pg_try_advisory_xact_lock(?1)", nativeQuery = true)
  boolean tryAdvisoryTransactionLock(long key);

  /** Deletes unconfirmed proposals brought before {@code before}, with all they hold. */
  @Modifying
  @Query(
      value = "delete from proposal where state = 'UBEKRAEFTET' and created_at < ?1",
      nativeQuery = true)
  int deleteUnconfirmedCreatedBefore(Instant before);

  /** The proposals a signed-in proposer brought, newest first: part of their personal data. */
  List<Proposal> findByProposerAccountIdOrderByCreatedAtDesc(Long accountId);
}
