package dk.samspil.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The queries of the council's qualification of proposals (ADR 19). */
interface ProposalsAtCouncils extends Repository<Proposal, Long> {

  List<Proposal> findByCouncilIdAndStateOrderByConfirmedAtDescIdDesc(
      Long councilId, ProposalState state);

  List<Proposal> findByCouncilIdIsNullAndStateAndAreaIdInOrderByConfirmedAtDescIdDesc(
      ProposalState state, Collection<Long> areaIds);

  /** The proposals the council decided on (or moved away) since then, newest step first. */
  @Query(
      "select distinct p from Proposal p join p.steps s where s.councilId = :councilId"
          + " and s.kind in :kinds and s.at >= :since")
  List<Proposal> decidedBy(
      @Param("councilId") Long councilId,
      @Param("kinds") Collection<StepKind> kinds,
      @Param("since") Instant since);

  @Query(
      "select p from Proposal p where p.state = :state and p.councilRemindedAt is null"
          + " and p.councilDeadline between :from and :to")
  List<Proposal> unremindedWithDeadlineBetween(
      @Param("state") ProposalState state,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  @Query(
      "select p from Proposal p where p.state = :state and p.councilDeadlineToldAt is null"
          + " and p.councilDeadline < :today")
  List<Proposal> untoldWithDeadlineBefore(
      @Param("state") ProposalState state, @Param("today") LocalDate today);

  @Query(value = "select * from proposal where contact_token_hash = :hash", nativeQuery = true)
  Optional<Proposal> findByContactTokenHash(@Param("hash") String hash);

  @Query(value = "select contact_token_hash from proposal where id = :id", nativeQuery = true)
  Optional<String> contactTokenHash(@Param("id") Long id);

  /** Keeps the hash of the proposer's link to ask the contact person (a new one replaces it). */
  @Modifying(flushAutomatically = true)
  @Query(
      value = "update proposal set contact_token_hash = :hash where id = :id",
      nativeQuery = true)
  int storeContactTokenHash(@Param("id") Long id, @Param("hash") String hash);
}
